package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.convert.ArticleInput;
import org.newsgraph.convert.Corpus;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.Language;

/**
 * A corpus of N articles in one language made from the seed articles in that language and from the team's own
 * sentences: paragraphs (and, now and then, paragraphs stitched from sentences of others) are drawn across the
 * seeds, and about a third of the paragraphs are sentences of the language's {@code bench-sentences.tsv} whose
 * slots are filled with other people, cities, arms and any country's name, so that speed is measured on
 * vocabulary the seeds lack. A language with no seed article (English: the seeds are Italian) gets the team's
 * sentences alone. A seeded {@link Random} makes the same seed give the same corpus. Each article is its own
 * {@code .txt} of about 2.5 KB, with a {@code metadata.tsv} row (a seed publisher, a date within the
 * seeds' range).
 */
public final class SyntheticCorpus {

    /** Paragraphs at least this long are body text; shorter lines are titles, headings and web chrome. */
    private static final int BODY_MIN = 80;
    private static final int TARGET_BYTES = 2500;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?»”])\\s+(?=[\\p{Lu}«“\"])");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)(2?)\\}");
    /** The share of paragraphs made of the team's sentences rather than the seeds'. */
    private static final double WRITTEN_SHARE = 0.35;

    /** What was written: the folder, how many articles, and their total size in bytes. */
    public record Made(Path folder, int articles, long textBytes) {
    }

    private final List<String> titles = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    private final List<String> chrome = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final String language;
    private final List<String> written;
    private final Map<String, List<String>> fillers;
    private final List<String> publishers;
    private final LocalDate firstDate;
    private final long dateRange;

    private SyntheticCorpus(Corpus seeds, Language language) {
        this.language = language.code();
        this.written = language.rows("bench-sentences.tsv").stream().map(r -> r.get(0)).toList();
        this.fillers = fillers(language);
        TreeSet<String> publisherSet = new TreeSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (ArticleInput seed : seeds.articles()) {
            seed.source().publisher().ifPresent(publisherSet::add);
            seed.source().published().ifPresent(dates::add);
            if (!seed.source().language().orElse(this.language).equals(this.language)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(seed.path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw NewsgraphException.failure(seed.path() + ": cannot read seed: " + e.getMessage(), e);
            }
            boolean first = true;
            for (String line : text.split("\\R")) {
                String p = line.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (p.length() >= BODY_MIN) {
                    body.add(p);
                    sentences.addAll(List.of(SENTENCE_END.split(p)));
                } else if (first && p.length() >= 20) {
                    titles.add(p);
                } else {
                    chrome.add(p);
                }
                if (p.length() >= 20) {
                    first = false;
                }
            }
        }
        if (titles.isEmpty() && !body.isEmpty()) {
            titles.add(body.get(0));
        }
        this.publishers = List.copyOf(publisherSet);
        this.firstDate = dates.isEmpty() ? LocalDate.of(2024, 1, 1) : dates.first();
        this.dateRange = dates.isEmpty() ? 365 : ChronoUnit.DAYS.between(firstDate, dates.last()) + 1;
    }

    /** Reads the seed articles (and their metadata.tsv) from {@code seedsDir}, for a corpus in {@code language}. */
    public static SyntheticCorpus fromSeeds(Path seedsDir, Language language) {
        Corpus seeds = Corpus.collect(List.of(seedsDir), Optional.empty());
        if (seeds.articles().isEmpty()) {
            throw NewsgraphException.failure(seedsDir + ": no seed articles (" + String.join("; ", seeds.problems()) + ")");
        }
        return new SyntheticCorpus(seeds, language);
    }

    /** Writes {@code n} articles and their metadata.tsv into {@code folder} (created if missing). */
    public Made write(int n, long seed, Path folder) {
        Random random = new Random(seed);
        long bytes = 0;
        try {
            Files.createDirectories(folder);
            try (BufferedWriter meta = Files.newBufferedWriter(folder.resolve(Corpus.METADATA_FILE), StandardCharsets.UTF_8)) {
                meta.write("file\tpublisher\tpublished\tlanguage\n");
                int width = Math.max(6, Integer.toString(n).length());
                for (int i = 0; i < n; i++) {
                    String name = String.format("synthetic-%0" + width + "d.txt", i);
                    byte[] text = article(random).getBytes(StandardCharsets.UTF_8);
                    Files.write(folder.resolve(name), text);
                    bytes += text.length;
                    String publisher = publishers.isEmpty() ? "" : publishers.get(random.nextInt(publishers.size()));
                    LocalDate date = firstDate.plusDays(random.nextLong(dateRange));
                    meta.write(name + "\t" + publisher + "\t" + date + "\t" + language + "\n");
                }
            }
        } catch (IOException e) {
            throw NewsgraphException.failure(folder + ": cannot write synthetic corpus: " + e.getMessage(), e);
        }
        return new Made(folder, n, bytes);
    }

    /**
     * One article of about {@code bytes} bytes of the team's sentences alone, slots filled afresh for each, in
     * paragraphs of two to four: text that does not repeat, so the boilerplate cleaner keeps all of it, for timing
     * conversion against an article's length. Written with its metadata.tsv into {@code folder}.
     */
    public Made writeLong(long bytes, long seed, Path folder) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(title(random)).append("\n\n");
        while (text.length() < bytes) {
            int count = 2 + random.nextInt(3);
            for (int s = 0; s < count; s++) {
                text.append(s == 0 ? "" : " ").append(fill(pick(written, random), random));
            }
            text.append("\n\n");
        }
        String name = "long-" + bytes + ".txt";
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), utf8);
            Files.writeString(folder.resolve(Corpus.METADATA_FILE), "file\tpublisher\tpublished\tlanguage\n"
                    + name + "\t" + (publishers.isEmpty() ? "" : publishers.get(0)) + "\t" + firstDate + "\t" + language + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NewsgraphException.failure(folder + ": cannot write a long article: " + e.getMessage(), e);
        }
        return new Made(folder, 1, utf8.length);
    }

    /** One article: a title, then body paragraphs (some stitched from sentences) and the odd chrome line. */
    String article(Random random) {
        StringBuilder text = new StringBuilder(TARGET_BYTES + 1024);
        text.append(title(random)).append("\n\n");
        int target = TARGET_BYTES - 500 + random.nextInt(1000);
        while (text.length() < target) {
            double roll = random.nextDouble();
            if (roll < 0.1 && !chrome.isEmpty()) {
                text.append(pick(chrome, random));
            } else if (roll < 0.1 + WRITTEN_SHARE || body.isEmpty()) {
                int count = 2 + random.nextInt(3);
                for (int s = 0; s < count; s++) {
                    text.append(s == 0 ? "" : " ").append(fill(pick(written, random), random));
                }
            } else if (roll < 0.35 + WRITTEN_SHARE) {
                int count = 2 + random.nextInt(3);
                for (int s = 0; s < count; s++) {
                    text.append(s == 0 ? "" : " ").append(pick(sentences, random));
                }
            } else {
                text.append(pick(body, random));
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** A seed's title, or one of the team's sentences where the language has no seed. */
    private String title(Random random) {
        return titles.isEmpty() ? fill(pick(written, random), random) : pick(titles, random);
    }

    /** A written sentence with each slot filled: "{person}" and "{person2}" take two draws of the same column. */
    private String fill(String sentence, Random random) {
        Matcher m = SLOT.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "number" -> Integer.toString(2 + random.nextInt(4999));
                case "year" -> Integer.toString(1990 + random.nextInt(34));
                case "day" -> Integer.toString(1 + random.nextInt(28));
                default -> {
                    List<String> column = fillers.get(m.group(1));
                    if (column == null) {
                        throw new IllegalStateException("bench-sentences.tsv: no fillers for " + m.group());
                    }
                    yield pick(column, random);
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The columns of bench-fillers.tsv by name, and "country": every country's name in the language, from the JDK's CLDR data. */
    private static Map<String, List<String>> fillers(Language language) {
        Map<String, List<String>> columns = new HashMap<>(language.columns("bench-fillers.tsv"));
        Locale locale = Locale.forLanguageTag(language.code());
        columns.put("country", Stream.of(Locale.getISOCountries())
                .map(code -> new Locale("", code).getDisplayCountry(locale)).sorted().toList());
        return columns;
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
