package org.newsgraph.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.document.ArticleSource;

/**
 * The articles a command was given: files and folders of {@code .txt} expanded in name order, each with
 * its metadata from {@code metadata.tsv} (columns {@code file, publisher, published, language}).
 * Problems with single inputs are collected, not thrown, so the rest of the run goes on; two files whose
 * names reduce to one article id ({@code città.txt}, {@code cittù.txt}) are such a problem, naming both,
 * since their graphs would merge.
 */
public record Corpus(List<ArticleInput> articles, List<String> problems) {

    public static final String METADATA_FILE = "metadata.tsv";

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** Expands {@code paths}; metadata comes from {@code metadataFile} or a metadata.tsv beside the articles. */
    public static Corpus collect(List<Path> paths, Optional<Path> metadataFile) {
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + ": no such file or directory");
            } else if (Files.isDirectory(p)) {
                List<Path> found = textFiles(p, problems);
                if (found.isEmpty()) {
                    problems.add(p + ": directory holds no .txt article");
                }
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        Map<Path, Map<String, Metadata>> byFolder = new HashMap<>();
        Map<String, Metadata> explicit = metadataFile.map(m -> readMetadata(m, Optional.empty(), problems)).orElse(null);
        List<ArticleInput> articles = new ArrayList<>();
        Map<String, Path> byId = new HashMap<>();
        for (Path f : files) {
            String id = ArticleSource.idOf(f.getFileName().toString());
            Path taken = byId.putIfAbsent(id, f);
            if (taken != null) {
                if (!sameFile(taken, f)) {
                    problems.add(f + ": its article id '" + id + "' is already " + taken
                            + "'s; rename one (an id keeps only A-Z, a-z, 0-9, '.', '_' and '-' of the name)");
                }
                continue;
            }
            Map<String, Metadata> table = explicit != null ? explicit
                    : byFolder.computeIfAbsent(folderOf(f), d -> {
                        Path m = d.resolve(METADATA_FILE);
                        return Files.isRegularFile(m) ? readMetadata(m, Optional.of(d), problems) : Map.of();
                    });
            String name = f.getFileName().toString();
            Metadata meta = table.getOrDefault(name, Metadata.NONE);
            articles.add(new ArticleInput(f, new ArticleSource(f.toString(), id, meta.publisher(),
                    meta.published(), meta.language())));
        }
        return new Corpus(articles, problems);
    }

    /** Whether two paths name one file (given twice, or by two spellings), which is read once. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static List<Path> textFiles(Path dir, List<String> problems) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot list directory: " + e.getMessage());
            return List.of();
        }
    }

    /** Reads a metadata table; rows of a table beside the articles must name files in its folder. */
    private static Map<String, Metadata> readMetadata(Path file, Optional<Path> folder, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file + ": cannot read metadata: " + e.getMessage());
            return Map.of();
        }
        Map<String, Metadata> table = new HashMap<>();
        if (lines.isEmpty()) {
            return table;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int fileCol = header.indexOf("file");
        if (fileCol < 0) {
            problems.add(file + ":1: metadata header has no 'file' column");
            return table;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                problems.add(file + ":" + (i + 1) + ": expected " + header.size() + " columns, found " + cells.length);
                continue;
            }
            Optional<LocalDate> published = Optional.empty();
            String date = cell(header, cells, "published");
            if (!date.isEmpty()) {
                try {
                    published = Optional.of(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    problems.add(file + ":" + (i + 1) + ": published date '" + date + "' is not YYYY-MM-DD");
                }
            }
            if (folder.isPresent() && !Files.exists(folder.get().resolve(cells[fileCol]))) {
                problems.add(file + ":" + (i + 1) + ": no article named " + cells[fileCol] + " beside it");
                continue;
            }
            table.put(cells[fileCol], new Metadata(optional(cell(header, cells, "publisher")), published,
                    optional(cell(header, cells, "language"))));
        }
        return table;
    }

    private static String cell(List<String> header, String[] cells, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : cells[i].strip();
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private record Metadata(Optional<String> publisher, Optional<LocalDate> published, Optional<String> language) {
        static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
