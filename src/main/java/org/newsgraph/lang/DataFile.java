package org.newsgraph.lang;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.document.NewsgraphException;

/**
 * A language-data file on the classpath: lines starting with {@code #} document it, the first other line
 * of a {@code .tsv} names its columns, every further non-blank line is a row of tab-separated cells.
 */
public final class DataFile {

    private static final String BASE = "newsgraph/lang/";

    private DataFile() {
    }

    /** The rows of a TSV file under newsgraph/lang/ ("it/roles.tsv"), header skipped, each with the header's width. */
    public static List<List<String>> rows(String name) {
        List<String> lines = rawLines(name);
        if (lines.isEmpty()) {
            return List.of();
        }
        int width = lines.get(0).split("\t", -1).length;
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length != width) {
                throw NewsgraphException.failure(BASE + name + ": row '" + line + "' has " + cells.length
                        + " cells, the header " + width);
            }
            rows.add(List.of(cells));
        }
        return rows;
    }

    /** The columns of a TSV file under newsgraph/lang/ by their header names, each without its empty cells. */
    public static Map<String, List<String>> columns(String name) {
        List<String> header = List.of(rawLines(name).get(0).split("\t", -1));
        List<List<String>> rows = rows(name);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            columns.put(header.get(c), rows.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).toList());
        }
        return columns;
    }

    /** The non-comment, non-blank lines of a file under newsgraph/lang/ ("it/reporting-verbs.txt"), trimmed. */
    public static List<String> lines(String name) {
        return rawLines(name).stream().map(String::strip).toList();
    }

    /** Whether a language-data file is in the build. */
    public static boolean exists(String name) {
        return DataFile.class.getClassLoader().getResource(BASE + name) != null;
    }

    private static List<String> rawLines(String name) {
        return ClasspathResource.read(BASE + name, in -> {
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        });
    }
}
