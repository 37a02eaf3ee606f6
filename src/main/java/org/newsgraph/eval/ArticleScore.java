package org.newsgraph.eval;

import static org.newsgraph.eval.Scorer.fileName;
import static org.newsgraph.eval.Scorer.first;
import static org.newsgraph.eval.Scorer.objects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.eval.EvalReport.Counts;
import org.newsgraph.eval.EvalReport.Finding.Kind;
import org.newsgraph.eval.EvalReport.Finding;
import org.newsgraph.eval.EvalReport.Tally;
import org.newsgraph.eval.GoldEvent.Category;
import org.newsgraph.rdf.Vocab;

/**
 * The scoring of one gold article: the counts, attribute tallies, evidence and findings it adds to the report,
 * and what the article's output graph says. Actors, events and evidence are each scored by their own class.
 */
final class ArticleScore {
    final GoldArticle gold;
    final Scorer.Located at;
    final DatasetGraph dataset;
    final String name;
    final String text;
    final Map<Category, Counts> counts = new EnumMap<>(Category.class);
    final Map<String, Tally> attributes = new LinkedHashMap<>();
    Tally evidence = Tally.ZERO;
    final List<Finding> findings = new ArrayList<>();

    ArticleScore(GoldArticle gold, Scorer.Located at, DatasetGraph dataset) {
        this.gold = gold;
        this.at = at;
        this.dataset = dataset;
        this.name = fileName(gold.article());
        this.text = at == null ? "" : first(at.graph(), at.article(), Vocab.isString.asNode())
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    void run() {
        if (at == null) {
            findings.add(new Finding(name, Kind.MISS, "article", "article not found in the output", ""));
        }
        ActorScoring actors = new ActorScoring(this);
        EventScoring eventScoring = new EventScoring(this, actors);
        EvidenceScoring evidenceScoring = new EvidenceScoring(this, eventScoring);
        actors.score();
        List<Node> events = at == null ? List.of() : eventScoring.outputEvents();
        for (Category c : Category.values()) {
            if (c != Category.ACTORS) {
                eventScoring.events(c, events.stream().filter(e -> eventScoring.categoryOf(e) == c).toList());
            }
        }
        events.forEach(evidenceScoring::checkEvidence);
    }

    // ---- what the output graph says -------------------------------------------------------------------

    List<String> lexical(Node s, Node p) {
        return objects(at.graph(), s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
    }

    Optional<Integer> integer(Node s, Node p) {
        List<String> values = lexical(s, p);
        if (values.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(values.get(0).strip()));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    int firstBegin(Node e) {
        return objects(at.graph(), e, Vocab.evidence.asNode()).stream()
                .map(m -> integer(m, Vocab.beginIndex.asNode()).orElse(Integer.MAX_VALUE))
                .min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    /** The anchorOf of the node's earliest evidence, or "". */
    String firstAnchor(Node n) {
        if (at == null) {
            return "";
        }
        return objects(at.graph(), n, Vocab.evidence.asNode()).stream()
                .min(Comparator.comparingInt((Node m) -> integer(m, Vocab.beginIndex.asNode()).orElse(Integer.MAX_VALUE)))
                .map(this::anchor).orElse("");
    }

    String anchor(Node m) {
        List<String> a = lexical(m, Vocab.anchorOf.asNode());
        return a.isEmpty() ? "" : a.get(0);
    }

    // ---- sentences for misses ----------------------------------------------------------------------

    String missSentence(GoldEvent g) {
        return g instanceof GoldEvent.Statement s ? sentenceContaining(List.of(s.quoteStart())) : "";
    }

    /** The first sentence of the article text that contains one of {@code needles} (ignoring case). */
    String sentenceContaining(List<String> needles) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String n : needles) {
            String needle = n.toLowerCase(Locale.ROOT);
            int i = needle.isBlank() ? -1 : lower.indexOf(needle);
            while (i >= 0 && !wordAt(lower, i, needle.length())) {
                i = lower.indexOf(needle, i + 1);
            }
            if (i >= 0) {
                int b = i;
                while (b > 0 && !endsSentence(text, b - 1)) {
                    b--;
                }
                int e = i + needle.length();
                while (e < text.length() && !endsSentence(text, e)) {
                    e++;
                }
                return text.substring(b, Math.min(text.length(), e + 1)).strip();
            }
        }
        return "";
    }

    /** A line break, or . ! ? before white space or the end ("10.000" goes on). */
    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        return c == '\n' || ".!?".indexOf(c) >= 0 && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }

    private static boolean wordAt(String s, int i, int length) {
        boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + length >= s.length() || !Character.isLetterOrDigit(s.charAt(i + length));
        return before && after;
    }
}
