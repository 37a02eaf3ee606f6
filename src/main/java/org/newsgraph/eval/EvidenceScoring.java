package org.newsgraph.eval;

import static org.newsgraph.eval.Scorer.first;
import static org.newsgraph.eval.Scorer.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.newsgraph.eval.EvalReport.Finding.Kind;
import org.newsgraph.eval.EvalReport.Finding;
import org.newsgraph.rdf.Vocab;

/**
 * The evidence of one article's events: an event is exact when it has evidence and every mention's offsets
 * (Unicode code points, end exclusive) cut out exactly its anchorOf.
 */
final class EvidenceScoring {

    private final ArticleScore article;
    private final EventScoring events;

    EvidenceScoring(ArticleScore article, EventScoring events) {
        this.article = article;
        this.events = events;
    }

    /** An event is exact when it has evidence and every mention (its own and its date claims') is exact. */
    void checkEvidence(Node e) {
        List<Node> mentions = new ArrayList<>(objects(article.at.graph(), e, Vocab.evidence.asNode()));
        boolean hasOwn = !mentions.isEmpty();
        for (Node claim : objects(article.at.graph(), e, Vocab.dateClaim.asNode())) {
            mentions.addAll(objects(article.at.graph(), claim, Vocab.evidence.asNode()));
        }
        boolean exact = hasOwn;
        if (!hasOwn) {
            article.findings.add(new Finding(article.name, Kind.OFFSETS, events.categoryOf(e).key(), events.describeEvent(e, events.categoryOf(e))
                    + " — has no ng:evidence", ""));
        }
        for (Node m : mentions) {
            Optional<String> problem = offsetProblem(m);
            if (problem.isPresent()) {
                exact = false;
                article.findings.add(new Finding(article.name, Kind.OFFSETS, events.categoryOf(e).key(),
                        events.describeEvent(e, events.categoryOf(e)) + " — " + problem.get(), article.anchor(m)));
            }
        }
        article.evidence = article.evidence.add(exact);
    }

    /** Why this mention's offsets (Unicode code points, end exclusive) do not cut out its anchorOf. */
    Optional<String> offsetProblem(Node m) {
        Optional<Integer> begin = article.integer(m, Vocab.beginIndex.asNode());
        Optional<Integer> end = article.integer(m, Vocab.endIndex.asNode());
        List<String> anchors = article.lexical(m, Vocab.anchorOf.asNode());
        if (begin.isEmpty() || end.isEmpty() || anchors.size() != 1) {
            return Optional.of("mention " + m + " lacks one nif:beginIndex, nif:endIndex or nif:anchorOf");
        }
        String context = first(article.at.graph(), m, Vocab.referenceContext.asNode())
                .flatMap(c -> first(article.at.graph(), c, Vocab.isString.asNode()))
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(article.text);
        int b = begin.get();
        int en = end.get();
        int length = context.codePointCount(0, context.length());
        if (b < 0 || b > en || en > length) {
            return Optional.of("offsets " + b + "-" + en + " lie outside the text (" + length + " code points)");
        }
        String cut = context.substring(context.offsetByCodePoints(0, b), context.offsetByCodePoints(0, en));
        return cut.equals(anchors.get(0)) ? Optional.empty()
                : Optional.of("offsets " + b + "-" + en + " cut «" + cut + "»");
    }
}
