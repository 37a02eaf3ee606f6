package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.document.Analysis;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.PrefixGate;

/**
 * The event words of triggers.tsv, each with its kind and frame, named by lemma ("lemma:firmare" matches
 * "firmeranno", "firmò", "firmato"…; "lemma:visita/NOUN" only the noun's readings) or by a pattern over one folded
 * word. A lemma is one hash look-up per reading of a word. A {@link PrefixGate} of the patterns says, in one walk
 * over a word's first characters, which patterns may match it ("incl" of "inclusa" begins no trigger), and only
 * those run: running the patterns on every word was a seventh of conversion in JFR.
 */
public final class TriggerLexicon {

    private static final int PER_GATE = Long.SIZE;
    private static final String LEMMA = "lemma:";

    private final Language language;
    /** Every row of the file, in file order: the triggers of one word come in this order. */
    private final List<Entry> entries = new ArrayList<>();
    /** The rows written as patterns, by their index in {@link #entries}, with the patterns. */
    private final List<Integer> patternRows = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();
    /** Gate g judges patterns {@code 64 g} to {@code 64 g + 63}. */
    private final List<PrefixGate> gates = new ArrayList<>();
    /** The rows that name a lemma, by lemma. */
    private final Map<String, List<LemmaRow>> byLemma = new HashMap<>();

    public TriggerLexicon(Language language) {
        this.language = language;
        Map<String, String> endings = new HashMap<>();
        (language.has("verb-endings.tsv") ? language.rows("verb-endings.tsv") : List.<List<String>>of()).forEach(r -> endings.put("{" + r.get(0) + "}", "(" + r.get(1) + ")"));
        for (List<String> row : language.rows("triggers.tsv")) {
            int index = entries.size();
            entries.add(new Entry(Trigger.Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT).replace('-', '_')), row.get(1)));
            String pattern = row.get(2);
            if (pattern.startsWith(LEMMA)) {
                for (String lemma : pattern.substring(LEMMA.length()).split("\\|")) {
                    addLemma(index, lemma);
                }
                continue;
            }
            for (Map.Entry<String, String> e : endings.entrySet()) {
                pattern = pattern.replace(e.getKey(), e.getValue());
            }
            if (pattern.contains("{")) {
                throw new IllegalArgumentException("triggers.tsv: unknown conjugation in " + row.get(2));
            }
            patternRows.add(index);
            patterns.add(Pattern.compile(pattern));
        }
        for (int from = 0; from < patterns.size(); from += PER_GATE) {
            gates.add(PrefixGate.of(patterns.subList(from, Math.min(patterns.size(), from + PER_GATE))));
        }
    }

    /** The language whose triggers these are. */
    public Language language() {
        return language;
    }

    /** "firmare" or "visita/NOUN": a lemma, and the part of speech its reading must have if one is named. */
    private void addLemma(int row, String written) {
        int slash = written.indexOf('/');
        String lemma = slash < 0 ? written : written.substring(0, slash);
        PartOfSpeech pos = slash < 0 ? null : PartOfSpeech.valueOf(written.substring(slash + 1));
        if (lemma.isEmpty()) {
            throw new IllegalArgumentException("triggers.tsv: empty lemma in " + written);
        }
        byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new LemmaRow(row, pos));
    }

    /** The lemmas the file names, for checking them against the dictionary. */
    List<String> lemmas() {
        return List.copyOf(byLemma.keySet());
    }

    /** Every trigger of the sentence's words, in word order, and for one word in the file's order. */
    public List<Trigger> find(List<Word> words) {
        List<Trigger> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[patterns.size()]; // one per pattern, reset for each word
        for (int j = 0; j < matchers.length; j++) {
            matchers[j] = patterns.get(j).matcher("");
        }
        boolean[] hit = new boolean[entries.size()];
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            Arrays.fill(hit, false);
            boolean any = false;
            String w = word.folded();
            for (int g = 0; g < gates.size(); g++) {
                for (long may = gates.get(g).mayStartAt(w, 0, -1L); may != 0; may &= may - 1) {
                    int j = g * PER_GATE + Long.numberOfTrailingZeros(may);
                    if (matchers[j].reset(w).matches()) {
                        hit[patternRows.get(j)] = true;
                        any = true;
                    }
                }
            }
            for (Analysis a : word.analyses()) {
                if (!fitsContext(a, word, i == 0 ? null : words.get(i - 1))) {
                    continue;
                }
                List<LemmaRow> rows = byLemma.get(a.lemma());
                if (rows != null) {
                    for (LemmaRow r : rows) {
                        if (r.pos() == null || r.pos() == a.pos()) {
                            hit[r.row()] = true;
                            any = true;
                        }
                    }
                }
            }
            if (any) {
                addHits(found, hit, i);
            }
        }
        return found;
    }

    /**
     * Whether a reading survives the word before: after an auxiliary, a word that can be a participle is not a noun
     * or an adjective ("hanno trattato la questione" names no treaty, "il trattato" does); after a word that can only
     * be a determiner, a word is not a verb.
     */
    private static boolean fitsContext(Analysis a, Word word, Word before) {
        if (before == null) {
            return true;
        }
        if (a.pos() == PartOfSpeech.VERB) {
            return !onlyDeterminer(before);
        }
        return !(a.pos() == PartOfSpeech.NOUN || a.pos() == PartOfSpeech.ADJECTIVE)
                || !before.can(PartOfSpeech.AUXILIARY) || !word.isParticiple();
    }

    /** A word that can only be a determiner ("the", "a", "his") is followed by no verb: "a state visit" states nothing. */
    private static boolean onlyDeterminer(Word w) {
        return !w.analyses().isEmpty() && w.analyses().stream().allMatch(x -> x.pos() == PartOfSpeech.DETERMINER);
    }

    /** One trigger per matched row, and none twice for one word (a pattern row and a lemma row may both match). */
    private void addHits(List<Trigger> found, boolean[] hit, int word) {
        int first = found.size();
        for (int j = 0; j < hit.length; j++) {
            if (hit[j]) {
                Trigger t = new Trigger(entries.get(j).kind(), entries.get(j).frame(), word);
                if (!found.subList(first, found.size()).contains(t)) {
                    found.add(t);
                }
            }
        }
    }

    private record Entry(Trigger.Kind kind, String frame) {
    }

    private record LemmaRow(int row, PartOfSpeech pos) {
    }
}
