package org.newsgraph.eval;

import static org.newsgraph.eval.Scorer.TYPE;
import static org.newsgraph.eval.Scorer.concept;
import static org.newsgraph.eval.Scorer.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.newsgraph.eval.EvalReport.Counts;
import org.newsgraph.eval.EvalReport.Finding.Kind;
import org.newsgraph.eval.EvalReport.Finding;
import org.newsgraph.eval.EvalReport.Tally;
import org.newsgraph.eval.GoldEvent.Category;
import org.newsgraph.rdf.Vocab;

/**
 * The events of one article: each output event matched to at most one required gold event of its category
 * (a maximum matching), false and missed events, and the attributes of the matched ones.
 */
final class EventScoring {

    private static final Map<Node, Category> EVENT_TYPES = Map.of(
            Vocab.Meeting.asNode(), Category.MEETINGS, Vocab.Visit.asNode(), Category.VISITS,
            Vocab.Agreement.asNode(), Category.AGREEMENTS, Vocab.Statement.asNode(), Category.STATEMENTS,
            Vocab.MilitarySupport.asNode(), Category.MILITARY_SUPPORT);

    private final ArticleScore article;
    private final ActorScoring actors;

    EventScoring(ArticleScore article, ActorScoring actors) {
        this.article = article;
        this.actors = actors;
    }

    List<Node> outputEvents() {
        List<Node> out = new ArrayList<>();
        article.at.graph().find(Node.ANY, Vocab.mentionedIn.asNode(), article.at.article()).forEachRemaining(t -> {
            if (categoryOf(t.getSubject()) != null) {
                out.add(t.getSubject());
            }
        });
        out.sort(Comparator.comparingInt(article::firstBegin).thenComparing((Node n) -> n.toString()));
        return out;
    }

    Category categoryOf(Node n) {
        for (Node t : objects(article.at.graph(), n, TYPE)) {
            Category c = EVENT_TYPES.get(t);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    void events(Category c, List<Node> output) {
        List<GoldEvent> goldEvents = article.gold.events().stream().filter(e -> e.category() == c).toList();
        boolean[][] matches = new boolean[output.size()][goldEvents.size()];
        for (int i = 0; i < output.size(); i++) {
            for (int j = 0; j < goldEvents.size(); j++) {
                matches[i][j] = matches(output.get(i), goldEvents.get(j));
            }
        }
        // Maximum matching between output events and required gold events, so one ambiguous output
        // event cannot steal the only gold event another output event matches.
        int[] goldOf = new int[output.size()];
        Arrays.fill(goldOf, -1);
        int[] outputOf = new int[goldEvents.size()];
        Arrays.fill(outputOf, -1);
        for (int i = 0; i < output.size(); i++) {
            augment(i, matches, goldEvents, new boolean[goldEvents.size()], goldOf, outputOf);
        }
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < output.size(); i++) {
            Node e = output.get(i);
            if (goldOf[i] >= 0) {
                tp++;
                attributes(e, goldEvents.get(goldOf[i]));
                continue;
            }
            boolean optional = false;
            GoldEvent duplicateOf = null;
            for (int j = 0; j < goldEvents.size(); j++) {
                if (matches[i][j]) {
                    if (goldEvents.get(j).optional()) {
                        optional = true;
                    } else if (duplicateOf == null) {
                        duplicateOf = goldEvents.get(j);
                    }
                }
            }
            if (optional) {
                continue;
            }
            fp++;
            article.findings.add(new Finding(article.name, Kind.FALSE, c.key(), describeEvent(e, c)
                    + (duplicateOf == null ? "" : " — a duplicate of: " + duplicateOf.describe()), article.firstAnchor(e)));
        }
        int fn = 0;
        for (int j = 0; j < goldEvents.size(); j++) {
            if (!goldEvents.get(j).optional() && outputOf[j] < 0) {
                fn++;
                article.findings.add(new Finding(article.name, Kind.MISS, c.key(), goldEvents.get(j).describe(), article.missSentence(goldEvents.get(j))));
            }
        }
        article.counts.put(c, new Counts(tp, fp, fn));
    }

    private static boolean augment(int i, boolean[][] matches, List<GoldEvent> gold, boolean[] seen,
                                   int[] goldOf, int[] outputOf) {
        for (int j = 0; j < gold.size(); j++) {
            if (matches[i][j] && !gold.get(j).optional() && !seen[j]) {
                seen[j] = true;
                if (outputOf[j] < 0 || augment(outputOf[j], matches, gold, seen, goldOf, outputOf)) {
                    goldOf[i] = j;
                    outputOf[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    boolean matches(Node e, GoldEvent g) {
        if (g instanceof GoldEvent.Meeting m) {
            return actors.names(e, Vocab.participant.asNode()).equals(m.participants());
        } else if (g instanceof GoldEvent.Visit v) {
            Set<String> destinations = actors.names(e, Vocab.destination.asNode());
            return actors.names(e, Vocab.visitor.asNode()).equals(Set.of(v.visitor()))
                    && !destinations.isEmpty() && v.destinations().containsAll(destinations);
        } else if (g instanceof GoldEvent.Agreement a) {
            return actors.names(e, Vocab.party.asNode()).equals(a.parties());
        } else if (g instanceof GoldEvent.Statement s) {
            String start = NameMatcher.fold(s.quoteStart());
            return actors.names(e, Vocab.speaker.asNode()).equals(Set.of(s.speaker()))
                    && article.lexical(e, Vocab.quote.asNode()).stream().anyMatch(q -> NameMatcher.fold(q).contains(start));
        } else if (g instanceof GoldEvent.MilitarySupport s) {
            return actors.names(e, Vocab.provider.asNode()).equals(Set.of(s.provider()))
                    && actors.names(e, Vocab.recipient.asNode()).equals(Set.of(s.recipient()))
                    && objects(article.at.graph(), e, Vocab.materiel.asNode()).equals(List.of(Vocab.ng(concept(s.what())).asNode()));
        }
        throw new IllegalArgumentException("unknown gold event: " + g);
    }

    String describeEvent(Node e, Category c) {
        return switch (c) {
            case MEETINGS -> "meeting " + String.join(" + ", actors.names(e, Vocab.participant.asNode()));
            case VISITS -> "visit of " + String.join(" + ", actors.names(e, Vocab.visitor.asNode())) + " to "
                    + String.join(" / ", actors.names(e, Vocab.destination.asNode()));
            case AGREEMENTS -> "agreement between " + String.join(" + ", actors.names(e, Vocab.party.asNode()));
            case STATEMENTS -> "statement by " + String.join(" + ", actors.names(e, Vocab.speaker.asNode())) + ": «"
                    + objects(article.at.graph(), e, Vocab.quote.asNode()).stream().filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).findFirst().orElse("") + "»";
            case MILITARY_SUPPORT -> "military support " + String.join(" + ", actors.names(e, Vocab.provider.asNode()))
                    + " → " + String.join(" + ", actors.names(e, Vocab.recipient.asNode())) + ": "
                    + String.join(", ", objects(article.at.graph(), e, Vocab.materiel.asNode()).stream()
                    .map(m -> m.isURI() ? m.getLocalName() : m.toString()).toList());
            case ACTORS -> throw new IllegalArgumentException("not an event category: " + c);
        };
    }

    // ---- attributes ------------------------------------------------------------------------------

    /** Scores every attribute the gold sets on a matched required event. */
    void attributes(Node e, GoldEvent g) {
        if (g.optional()) {
            return;
        }
        if (g instanceof GoldEvent.Meeting m) {
            if (m.place() != null) {
                sameSet(e, g, "place", Vocab.place.asNode(), Set.of(m.place()));
            }
            date(e, g, m.date());
        } else if (g instanceof GoldEvent.Visit v) {
            date(e, g, v.date());
        } else if (g instanceof GoldEvent.Statement s) {
            date(e, g, s.date());
        } else if (g instanceof GoldEvent.Agreement a) {
            claimedDates(e, g, "signed", Vocab.signedOn.asNode(), a.signed(), a.alsoClaimedSigned());
            claimedDates(e, g, "ratified", Vocab.ratifiedOn.asNode(), a.ratified(), a.alsoClaimedRatified());
            if (a.signatories() != null) {
                sameSet(e, g, "signatories", Vocab.signatory.asNode(), a.signatories());
            }
            if (a.mutualDefence() != null) {
                flag(e, g, "mutual_defence", Vocab.mutualDefence.asNode(), a.mutualDefence());
            }
        } else if (g instanceof GoldEvent.MilitarySupport s) {
            if (s.quantity() != null || s.qualifier() != null) {
                quantity(e, s);
            }
            if (s.claimedBy() != null) {
                sameSet(e, g, "claimed_by", Vocab.claimedBy.asNode(), s.claimedBy());
            }
            if (s.deniedBy() != null) {
                sameSet(e, g, "denied_by", Vocab.deniedBy.asNode(), s.deniedBy());
            }
            if (s.hedged() != null) {
                flag(e, g, "hedged", Vocab.hedged.asNode(), s.hedged());
            }
        }
    }

    /** Right when the actors the property names are exactly the gold set (an empty gold set included). */
    void sameSet(Node e, GoldEvent g, String attribute, Node property, Set<String> gold) {
        Set<String> found = actors.names(e, property);
        Set<String> expected = new TreeSet<>(gold);
        check(e, g, attribute, found.equals(expected), expected.toString(), found.toString());
    }

    /** Right when the output says {@code true} exactly when the gold does. */
    void flag(Node e, GoldEvent g, String attribute, Node property, boolean gold) {
        boolean found = article.lexical(e, property).stream().anyMatch(v -> v.equals("true") || v.equals("1"));
        check(e, g, attribute, found == gold, Boolean.toString(gold), Boolean.toString(found));
    }

    /** Right when the event has a date and every date it has starts with the gold value. */
    void date(Node e, GoldEvent g, String gold) {
        if (gold == null) {
            return;
        }
        List<String> found = article.lexical(e, Vocab.date.asNode());
        check(e, g, "date", !found.isEmpty() && found.stream().allMatch(d -> d.startsWith(gold)), gold, found.toString());
    }

    /**
     * Right when some claimed date (ng:signedOn / ng:ratifiedOn, or a DateClaim for that property) starts
     * with the gold value and every other claimed date starts with one of the gold's also-claimed values.
     */
    void claimedDates(Node e, GoldEvent g, String attribute, Node property, String gold, List<String> also) {
        if (gold == null) {
            return;
        }
        Set<String> found = new TreeSet<>(article.lexical(e, property));
        for (Node claim : objects(article.at.graph(), e, Vocab.dateClaim.asNode())) {
            if (objects(article.at.graph(), claim, Vocab.claimedProperty.asNode()).contains(property)) {
                found.addAll(article.lexical(claim, Vocab.claimedValue.asNode()));
            }
        }
        Predicate<String> allowed = d -> d.startsWith(gold) || also.stream().anyMatch(d::startsWith);
        boolean right = found.stream().anyMatch(d -> d.startsWith(gold)) && found.stream().allMatch(allowed);
        check(e, g, attribute, right, gold + (also.isEmpty() ? "" : " (also " + String.join(", ", also) + ")"),
                found.toString());
    }

    /** The number and the qualifier together: "more than 10000" is not "10000". */
    void quantity(Node e, GoldEvent.MilitarySupport s) {
        List<String> numbers = article.lexical(e, Vocab.quantity.asNode());
        List<Node> qualifiers = objects(article.at.graph(), e, Vocab.quantityQualifier.asNode());
        boolean numberRight = s.quantity() == null ? numbers.isEmpty()
                : numbers.size() == 1 && numbers.get(0).strip().equals(Long.toString(s.quantity()));
        boolean qualifierRight = s.qualifier() == null
                ? qualifiers.isEmpty() || qualifiers.equals(List.of(Vocab.ng("Exactly").asNode()))
                : qualifiers.equals(List.of(Vocab.ng(concept(s.qualifier())).asNode()));
        String found = String.join(" ", qualifiers.stream().map(q -> q.isURI() ? q.getLocalName() : q.toString()).toList())
                + (numbers.isEmpty() ? "" : " " + String.join(",", numbers));
        check(e, s, "quantity", numberRight && qualifierRight,
                (s.qualifier() == null ? "" : s.qualifier() + " ") + (s.quantity() == null ? "" : s.quantity()),
                found.strip());
    }

    void check(Node e, GoldEvent g, String attribute, boolean right, String expected, String found) {
        article.attributes.merge(attribute, Tally.ZERO.add(right), Tally::plus);
        if (!right) {
            article.findings.add(new Finding(article.name, Kind.WRONG, g.category().key(),
                    g.describe() + " — " + attribute + ": expected " + expected + ", found " + found, article.firstAnchor(e)));
        }
    }
}
