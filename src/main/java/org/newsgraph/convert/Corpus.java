package org.newsgraph.convert;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.document.PublicationDate;
import org.newsgraph.lang.Language;

/**
 * The articles a command was given: files and folders expanded in name order — plain text ({@code .txt}), saved
 * web pages ({@code .html}, {@code .htm}), feeds ({@code .rss}, {@code .atom}, {@code .xml}), web archives
 * ({@code .warc}, {@code .warc.gz}) and JSON Lines ({@code .jsonl}) — each with its metadata from {@code
 * metadata.tsv} (columns {@code file, publisher, published, language, url}), which beats what a page says.
 * An article with an address has an id made from it, so one page read as a file and as a feed item is one
 * article. Problems with single inputs are collected, not thrown, so the rest of the run goes on; two files
 * whose names reduce to one article id ({@code città.txt}, {@code cittù.txt}) are such a problem, naming both,
 * since their graphs would merge. Warnings (the same page twice, metadata rows for no article) do not fail.
 * JSON Lines and web archives are not read here: {@link #forEach} reads them line by line and record by record
 * as the conversion reaches them, so an export of any size converts in bounded memory.
 */
public final class Corpus {

    public static final String METADATA_FILE = "metadata.tsv";

    /** Hears what reading a container meets while its articles flow: a bad line or record, a repeated article. */
    public interface Listener {
        void problem(String message);

        void warning(String message);
    }

    /** An article ready to convert, or a container whose records are read when the conversion reaches it. */
    private sealed interface Part permits Ready, Container {
    }

    private record Ready(ArticleInput input) implements Part {
    }

    /** A JSON Lines file or a web archive, with the metadata.tsv row of its file. */
    private record Container(Path file, String name, InputFormat format, Metadata row) implements Part {
    }

    private final List<Part> parts;
    private final Map<String, ArticleInput> readyById;
    private final List<String> problems;
    private final List<String> warnings;

    private Corpus(List<Part> parts, Map<String, ArticleInput> readyById, List<String> problems, List<String> warnings) {
        this.parts = List.copyOf(parts);
        this.readyById = Map.copyOf(readyById);
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The problems met while collecting: missing files, unreadable pages and feeds, bad metadata rows. */
    public List<String> problems() {
        return problems;
    }

    /** What is worth a look but does not fail: the same page twice, metadata rows for no article. */
    public List<String> warnings() {
        return warnings;
    }

    /** How many articles there are, known before converting only when no JSON Lines file or web archive is unread. */
    public OptionalInt size() {
        return parts.stream().allMatch(p -> p instanceof Ready) ? OptionalInt.of(parts.size()) : OptionalInt.empty();
    }

    /**
     * Hands each article to {@code each} in input order, reading JSON Lines and web archives one line or record at a
     * time; a bad line or record is a problem for {@code listener}, and the reading goes on. A record of an article
     * already read (a page captured twice) is left out with a warning: the first one read, or the file given, is kept.
     */
    public void forEach(Listener listener, Consumer<ArticleInput> each) {
        Set<String> supported = Language.supported().keySet();
        Set<Long> streamed = new HashSet<>();
        for (Part part : parts) {
            if (part instanceof Ready ready) {
                each.accept(ready.input());
                continue;
            }
            Container c = (Container) part;
            Consumer<FoundArticle> found = a -> {
                ArticleInput input = input(c.file(), c.name(), c.row(), a, supported);
                String id = input.source().id();
                ArticleInput taken = readyById.get(id);
                if (taken == null && streamed.add(idHash(id))) {
                    each.accept(input);
                    return;
                }
                String first = taken == null ? "an earlier record" : taken.source().sourceFile();
                if (input.source().url().isPresent()) {
                    listener.warning(a.name() + ": the same article (" + input.source().url().get() + ") as " + first
                            + "; that one is kept");
                } else {
                    listener.problem(a.name() + ": its article id '" + id + "' is already " + first + "'s; rename one");
                }
            };
            if (c.format() == InputFormat.JSON_LINES) {
                JsonLinesFiles.read(c.file(), c.name(), listener::problem, found);
            } else {
                ArchiveFiles.read(c.file(), c.name(), listener::problem, found);
            }
        }
    }

    /**
     * Every article at once, containers read whole: for small corpora (tests, the benchmark's seeds). A container's
     * bad line or record fails, since there is no one to tell it to.
     */
    public List<ArticleInput> articles() {
        List<ArticleInput> out = new ArrayList<>();
        forEach(new Listener() {
            @Override
            public void problem(String message) {
                throw NewsgraphException.failure(message);
            }

            @Override
            public void warning(String message) {
                // a repeated record is left out, as forEach leaves it out
            }
        }, out::add);
        return out;
    }

    /** Expands {@code paths}; metadata comes from {@code metadataFile} or a metadata.tsv beside the articles. */
    public static Corpus collect(List<Path> paths, Optional<Path> metadataFile) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Path, InputFormat> files = new LinkedHashMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + ": no such file or directory");
            } else if (Files.isDirectory(p)) {
                Map<Path, InputFormat> found = articleFiles(p, problems);
                if (found.isEmpty()) {
                    problems.add(p + ": directory holds no article (.txt, .html, .htm, .rss, .atom, .xml feed, .warc,"
                            + " .warc.gz, .jsonl)");
                }
                found.forEach(files::putIfAbsent);
            } else {
                files.putIfAbsent(p, InputFormat.named(p));
            }
        }
        Map<Path, Table> byFolder = new HashMap<>();
        Table explicit = metadataFile.map(m -> Table.read(m, problems)).orElse(null);
        Set<String> supported = Language.supported().keySet();
        Collector collector = new Collector(problems, warnings);
        for (Map.Entry<Path, InputFormat> e : files.entrySet()) {
            Path f = e.getKey();
            Table table = explicit != null ? explicit : byFolder.computeIfAbsent(folderOf(f), d -> {
                Path m = d.resolve(METADATA_FILE);
                return Files.isRegularFile(m) ? Table.read(m, problems) : Table.EMPTY;
            });
            Metadata row = table.row(f.getFileName().toString());
            String name = f.toString();
            List<FoundArticle> found;
            try {
                found = switch (e.getValue()) {
                    case TEXT -> {
                        collector.add(new ArticleInput(f, new ArticleSource(name, row.url().map(ArticleSource::idOfUrl)
                                .orElseGet(() -> ArticleSource.idOf(f.getFileName().toString())), row.publisher(),
                                row.published(), row.language(), row.url(), Optional.of(PageFiles.fileIri(f)))));
                        yield List.of();
                    }
                    case PAGE -> List.of(PageFiles.read(f, name));
                    case FEED -> FeedFiles.read(f, name, problems::add);
                    case ARCHIVE, JSON_LINES -> {
                        collector.parts.add(new Container(f, name, e.getValue(), row));
                        yield List.of();
                    }
                };
            } catch (NewsgraphException problem) {
                problems.add(problem.getMessage());
                continue;
            }
            found.forEach(a -> collector.add(input(f, name, row, a, supported)));
        }
        if (explicit != null) {
            explicit.warnUnused(warnings);
        }
        byFolder.values().forEach(t -> t.warnUnused(warnings));
        return new Corpus(collector.parts, collector.byId, problems, warnings);
    }

    /** The input of an article a page, feed item, line or record holds, the metadata.tsv row of its file first. */
    private static ArticleInput input(Path file, String name, Metadata row, FoundArticle a, Set<String> supported) {
        Metadata page = a.metadata();
        Metadata meta = row.or(new Metadata(page.publisher(), page.published(), page.language().filter(supported::contains),
                page.url()));
        String id = meta.url().map(ArticleSource::idOfUrl).orElseGet(() -> ArticleSource.idOf(
                file.getFileName() + a.name().substring(name.length())));
        return new ArticleInput(file, new ArticleSource(a.name(), id, meta.publisher(), meta.published(), meta.language(),
                meta.url(), Optional.of(a.derivedFrom())), Optional.of(a.text()));
    }

    /** A 64-bit digest of an article id: what is kept of each streamed record to spot a repeat, whatever the count. */
    private static long idHash(String id) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gathers articles, one per id: a second file with a taken id is a problem, a second copy of a page is not. */
    private static final class Collector {
        final List<Part> parts = new ArrayList<>();
        final Map<String, ArticleInput> byId = new HashMap<>();
        final List<String> problems;
        final List<String> warnings;

        Collector(List<String> problems, List<String> warnings) {
            this.problems = problems;
            this.warnings = warnings;
        }

        void add(ArticleInput input) {
            String id = input.source().id();
            String name = input.source().sourceFile();
            ArticleInput taken = byId.get(id);
            if (taken == null) {
                byId.put(id, input);
                parts.add(new Ready(input));
            } else if (input.source().url().isPresent()) {
                boolean fuller = length(input) > length(taken);
                warnings.add(name + ": the same article (" + input.source().url().get() + ") as "
                        + taken.source().sourceFile() + "; the fuller text is kept");
                if (fuller) {
                    byId.put(id, input);
                    parts.set(parts.indexOf(new Ready(taken)), new Ready(input));
                }
            } else if (!sameFile(taken.path(), input.path())) {
                problems.add(name + ": its article id '" + id + "' is already " + taken.source().sourceFile()
                        + "'s; rename one (an id keeps only A-Z, a-z, 0-9, '.', '_' and '-' of the name)");
            }
        }

        /** The length of an article's text, or of its file while it is unread. */
        private static long length(ArticleInput input) {
            if (input.text().isPresent()) {
                return input.text().get().length();
            }
            try {
                return Files.size(input.path());
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** Whether {@code file} is an RSS or Atom feed (an {@code .xml} feed is articles, not RDF/XML). */
    public static boolean isFeed(Path file) {
        return Files.isRegularFile(file) && InputFormat.isFeed(file);
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

    private static Map<Path, InputFormat> articleFiles(Path dir, List<String> problems) {
        Map<Path, InputFormat> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(p -> {
                InputFormat format = InputFormat.inFolder(p);
                if (format != null) {
                    out.put(p, format);
                }
            });
        } catch (IOException e) {
            problems.add(dir + ": cannot list directory: " + e.getMessage());
        }
        return out;
    }

    /** A metadata table: rows by file name, and which of them an article used. */
    private static final class Table {
        static final Table EMPTY = new Table(Path.of(METADATA_FILE), Map.of(), Map.of());

        final Path file;
        final Map<String, Metadata> rows;
        final Map<String, Integer> lines;
        final Set<String> used = new HashSet<>();

        Table(Path file, Map<String, Metadata> rows, Map<String, Integer> lines) {
            this.file = file;
            this.rows = rows;
            this.lines = lines;
        }

        Metadata row(String fileName) {
            Metadata m = rows.get(fileName);
            if (m == null) {
                return Metadata.NONE;
            }
            used.add(fileName);
            return m;
        }

        /**
         * One line for the rows that name no article of this run and no file beside the table (a misspelt or removed
         * file): worth a look, not a failure. Rows for files left out of this run (one file of a folder) say nothing.
         */
        void warnUnused(List<String> warnings) {
            List<String> unused = rows.keySet().stream().filter(k -> !used.contains(k))
                    .filter(k -> !Files.exists(file.resolveSibling(k)))
                    .sorted((a, b) -> Integer.compare(lines.get(a), lines.get(b))).toList();
            if (unused.isEmpty()) {
                return;
            }
            String first = unused.get(0);
            warnings.add(file + ":" + lines.get(first) + ": " + (unused.size() == 1 ? "row for " + first
                    : unused.size() + " rows (first " + first + ")") + " name no article being converted; ignored");
        }

        /** Reads a metadata table; a row that cannot be read is a problem naming its line. */
        static Table read(Path file, List<String> problems) {
            List<String> text;
            try {
                text = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(file + ": cannot read metadata: " + e.getMessage());
                return EMPTY;
            }
            Map<String, Metadata> rows = new HashMap<>();
            Map<String, Integer> lines = new HashMap<>();
            if (text.isEmpty()) {
                return new Table(file, rows, lines);
            }
            List<String> header = List.of(text.get(0).split("\t", -1));
            int fileCol = header.indexOf("file");
            if (fileCol < 0) {
                problems.add(file + ":1: metadata header has no 'file' column");
                return new Table(file, rows, lines);
            }
            for (int i = 1; i < text.size(); i++) {
                String line = text.get(i);
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != header.size()) {
                    problems.add(file + ":" + (i + 1) + ": expected " + header.size() + " columns, found " + cells.length);
                    continue;
                }
                Optional<PublicationDate> published = Optional.empty();
                String date = cell(header, cells, "published");
                if (!date.isEmpty()) {
                    try {
                        published = Optional.of(PublicationDates.date(date));
                    } catch (DateTimeParseException e) {
                        problems.add(file + ":" + (i + 1) + ": published date '" + date
                                + "' is not an ISO date (2024-12-05, 2024-12-05T09:30:00+01:00 or 2024-12)");
                    }
                }
                String url = cell(header, cells, "url");
                if (!url.isEmpty() && !FeedFiles.isWebAddress(url)) {
                    problems.add(file + ":" + (i + 1) + ": url '" + url + "' is not an http(s) address");
                    continue;
                }
                rows.put(cells[fileCol], new Metadata(optional(cell(header, cells, "publisher")), published,
                        optional(cell(header, cells, "language")), optional(cell(header, cells, "url"))));
                lines.put(cells[fileCol], i + 1);
            }
            return new Table(file, rows, lines);
        }
    }

    private static String cell(List<String> header, String[] cells, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : cells[i].strip();
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
