package org.newsgraph.eval;

import static org.newsgraph.eval.Scorer.TYPE;
import static org.newsgraph.eval.Scorer.objects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.eval.EvalReport.Counts;
import org.newsgraph.eval.EvalReport.Finding.Kind;
import org.newsgraph.eval.EvalReport.Finding;
import org.newsgraph.eval.GoldEvent.Category;
import org.newsgraph.rdf.Vocab;

/**
 * The actors of one article: which gold actor each output node names (exactly or nearly), the actors found,
 * false and missed, and the gold names of the nodes events point at.
 */
final class ActorScoring {

    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), PREF_LABEL, Vocab.altLabel.asNode());
    private static final Map<Node, GoldActor.ActorType> ACTOR_TYPES = Map.of(
            Vocab.Person.asNode(), GoldActor.ActorType.Person,
            Vocab.Organization.asNode(), GoldActor.ActorType.Organization,
            Vocab.Country.asNode(), GoldActor.ActorType.Country,
            Vocab.Place.asNode(), GoldActor.ActorType.Place);

    private final ArticleScore article;
    private final Map<Node, Optional<ActorMatch>> resolved = new HashMap<>();

    ActorScoring(ArticleScore article) {
        this.article = article;
    }

    /** A gold actor an output node names, and how well. */
    record ActorMatch(GoldActor actor, NameMatcher.Agreement agreement) {
    }

    /** Counts the actors the article mentions against the gold actors. */
    void score() {
        List<Node> mentioned = new ArrayList<>();
        if (article.at != null) {
            article.at.graph().find(Node.ANY, Vocab.mentionedIn.asNode(), article.at.article()).forEachRemaining(t -> {
                if (!actorTypes(t.getSubject()).isEmpty()) {
                    mentioned.add(t.getSubject());
                }
            });
        }
        // Exact matches claim their gold actor before near ones; then IRI order, so runs are repeatable.
        mentioned.sort(Comparator.comparing((Node n) -> resolve(n).map(m -> m.agreement() == NameMatcher.Agreement.EXACT ? 0 : 1).orElse(2))
                .thenComparing((Node n) -> n.toString()));
        Set<String> found = new LinkedHashSet<>();
        int tp = 0;
        int fp = 0;
        for (Node n : mentioned) {
            Optional<ActorMatch> m = resolve(n);
            if (m.isEmpty()) {
                fp++;
                article.findings.add(new Finding(article.name, Kind.FALSE, "actors", describeNode(n), entitySentence(n)));
            } else if (m.get().actor().optional()) {
                found.add(m.get().actor().name());
            } else if (!found.add(m.get().actor().name())) {
                fp++;
                article.findings.add(new Finding(article.name, Kind.FALSE, "actors",
                        describeNode(n) + " — a second node for " + m.get().actor().name(), entitySentence(n)));
            } else {
                tp++;
            }
        }
        int fn = 0;
        for (GoldActor a : article.gold.actors()) {
            if (!a.optional() && !found.contains(a.name())) {
                fn++;
                article.findings.add(new Finding(article.name, Kind.MISS, "actors", a.name() + " (" + a.type() + ")",
                        article.sentenceContaining(a.names())));
            }
        }
        article.counts.put(Category.ACTORS, new Counts(tp, fp, fn));
    }

    /** The gold actor this node names: same type, a label equal (or near) to its name or an alias. */
    Optional<ActorMatch> resolve(Node n) {
        return resolved.computeIfAbsent(n, x -> {
            Set<GoldActor.ActorType> types = actorTypes(x);
            List<String> labels = labels(x);
            ActorMatch near = null;
            for (GoldActor a : article.gold.actors()) {
                if (!types.contains(a.type())) {
                    continue;
                }
                NameMatcher.Agreement agreement = NameMatcher.compare(labels, a.names());
                if (agreement == NameMatcher.Agreement.EXACT) {
                    return Optional.of(new ActorMatch(a, agreement));
                }
                if (agreement == NameMatcher.Agreement.NEAR && near == null) {
                    near = new ActorMatch(a, agreement);
                }
            }
            return Optional.ofNullable(near);
        });
    }

    /** The objects of (s, p) in any graph of the dataset: labels and types may live in reference graphs. */
    List<Node> anywhere(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        article.dataset.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
            if (!out.contains(q.getObject())) {
                out.add(q.getObject());
            }
        });
        return out;
    }

    /** The gold name of an argument node, or its IRI in angle brackets when it names no gold actor. */
    String nameOf(Node n) {
        return resolve(n).map(m -> m.actor().name()).orElse("<" + n + ">");
    }

    Set<String> names(Node event, Node property) {
        Set<String> out = new TreeSet<>();
        objects(article.at.graph(), event, property).forEach(o -> out.add(nameOf(o)));
        return out;
    }

    Set<GoldActor.ActorType> actorTypes(Node n) {
        Set<GoldActor.ActorType> out = new TreeSet<>();
        for (Node t : anywhere(n, TYPE)) {
            GoldActor.ActorType type = ACTOR_TYPES.get(t);
            if (type != null) {
                out.add(type);
            }
        }
        return out;
    }

    List<String> labels(Node n) {
        Set<String> out = new LinkedHashSet<>();
        for (Node p : LABELS) {
            anywhere(n, p).stream().filter(Node::isLiteral).forEach(l -> out.add(l.getLiteralLexicalForm()));
        }
        return new ArrayList<>(out);
    }

    String describeNode(Node n) {
        List<String> labels = labels(n);
        return (labels.isEmpty() ? "<" + n + ">" : labels.get(0)) + " (" + String.join("/",
                actorTypes(n).stream().map(Enum::name).toList()) + ")";
    }

    String entitySentence(Node n) {
        String anchor = article.firstAnchor(n);
        return anchor.isEmpty() ? article.sentenceContaining(labels(n)) : anchor;
    }
}
