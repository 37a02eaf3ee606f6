package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.eval.EvalReport.Counts;
import org.newsgraph.eval.EvalReport.Finding.Kind;
import org.newsgraph.eval.EvalReport.Finding;
import org.newsgraph.eval.EvalReport.Tally;
import org.newsgraph.eval.GoldEvent.Category;
import org.newsgraph.rdf.Vocab;

/**
 * Scores converter output (a dataset holding one named graph per article) against gold annotations, as
 * docs/EVAL.md describes. Each gold article is found by the file name of an {@code ng:sourceFile}; its
 * events and agreements are read from the graph that holds that article, labels and types from any graph.
 */
public final class Scorer {

    static {
        // Jena must initialise before its vocabulary constants are first touched, or class init cycles.
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), PREF_LABEL, Vocab.altLabel.asNode());
    private static final Map<Node, GoldActor.ActorType> ACTOR_TYPES = Map.of(
            Vocab.Person.asNode(), GoldActor.ActorType.Person,
            Vocab.Organization.asNode(), GoldActor.ActorType.Organization,
            Vocab.Country.asNode(), GoldActor.ActorType.Country,
            Vocab.Place.asNode(), GoldActor.ActorType.Place);
    private static final Map<Node, Category> EVENT_TYPES = Map.of(
            Vocab.Meeting.asNode(), Category.MEETINGS, Vocab.Visit.asNode(), Category.VISITS,
            Vocab.Agreement.asNode(), Category.AGREEMENTS, Vocab.Statement.asNode(), Category.STATEMENTS,
            Vocab.MilitarySupport.asNode(), Category.MILITARY_SUPPORT);

    /** Scores {@code output} against every gold article. */
    public EvalReport score(DatasetGraph output, List<GoldArticle> gold) {
        Map<String, Located> articles = locate(output);
        Map<Category, Counts> counts = new EnumMap<>(Category.class);
        Map<String, Tally> attributes = new LinkedHashMap<>();
        Tally evidence = Tally.ZERO;
        List<Finding> findings = new ArrayList<>();
        List<String> scored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> goldNames = new TreeSet<>();
        for (GoldArticle g : gold) {
            String name = fileName(g.article());
            goldNames.add(name);
            Located at = articles.get(name);
            if (at == null) {
                missing.add(name);
            } else {
                scored.add(name);
            }
            ArticleScore s = new ArticleScore(g, at, output);
            s.run();
            s.counts.forEach((c, n) -> counts.merge(c, n, Counts::plus));
            s.attributes.forEach((a, t) -> attributes.merge(a, t, Tally::plus));
            evidence = evidence.plus(s.evidence);
            findings.addAll(s.findings);
        }
        List<String> unscored = articles.keySet().stream().filter(n -> !goldNames.contains(n)).sorted().toList();
        return new EvalReport(scored, missing, unscored, counts, attributes, evidence, findings);
    }

    /** The last segment of a path, whichever separator it uses. */
    static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** Where one article lives: its graph and its node. */
    private record Located(Graph graph, Node article) {
    }

    /** Finds every article by its source file's name; a named graph wins over the default graph. */
    private static Map<String, Located> locate(DatasetGraph ds) {
        Map<String, Located> found = new TreeMap<>();
        List<Graph> graphs = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(n -> graphs.add(ds.getGraph(n)));
        graphs.add(ds.getDefaultGraph());
        for (Graph g : graphs) {
            g.find(Node.ANY, Vocab.sourceFile.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    found.putIfAbsent(fileName(t.getObject().getLiteralLexicalForm()), new Located(g, t.getSubject()));
                }
            });
        }
        return found;
    }

    /** The scoring of one gold article. */
    private static final class ArticleScore {
        final GoldArticle gold;
        final Located at;
        final DatasetGraph dataset;
        final String name;
        final String text;
        final Map<Category, Counts> counts = new EnumMap<>(Category.class);
        final Map<String, Tally> attributes = new LinkedHashMap<>();
        Tally evidence = Tally.ZERO;
        final List<Finding> findings = new ArrayList<>();
        final Map<Node, Optional<ActorMatch>> resolved = new HashMap<>();

        ArticleScore(GoldArticle gold, Located at, DatasetGraph dataset) {
            this.gold = gold;
            this.at = at;
            this.dataset = dataset;
            this.name = fileName(gold.article());
            this.text = at == null ? "" : first(at.graph, at.article, Vocab.isString.asNode())
                    .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
        }

        void run() {
            if (at == null) {
                findings.add(new Finding(name, Kind.MISS, "article", "article not found in the output", ""));
            }
            actors();
            List<Node> events = at == null ? List.of() : outputEvents();
            for (Category c : Category.values()) {
                if (c != Category.ACTORS) {
                    events(c, events.stream().filter(e -> categoryOf(e) == c).toList());
                }
            }
            events.forEach(this::checkEvidence);
        }

        // ---- actors ----------------------------------------------------------------------------------

        /** A gold actor an output node names, and how well. */
        record ActorMatch(GoldActor actor, NameMatcher.Agreement agreement) {
        }

        void actors() {
            List<Node> mentioned = new ArrayList<>();
            if (at != null) {
                at.graph.find(Node.ANY, Vocab.mentionedIn.asNode(), at.article).forEachRemaining(t -> {
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
                    findings.add(new Finding(name, Kind.FALSE, "actors", describeNode(n), entitySentence(n)));
                } else if (m.get().actor().optional()) {
                    found.add(m.get().actor().name());
                } else if (!found.add(m.get().actor().name())) {
                    fp++;
                    findings.add(new Finding(name, Kind.FALSE, "actors",
                            describeNode(n) + " — a second node for " + m.get().actor().name(), entitySentence(n)));
                } else {
                    tp++;
                }
            }
            int fn = 0;
            for (GoldActor a : gold.actors()) {
                if (!a.optional() && !found.contains(a.name())) {
                    fn++;
                    findings.add(new Finding(name, Kind.MISS, "actors", a.name() + " (" + a.type() + ")",
                            sentenceContaining(a.names())));
                }
            }
            counts.put(Category.ACTORS, new Counts(tp, fp, fn));
        }

        /** The gold actor this node names: same type, a label equal (or near) to its name or an alias. */
        Optional<ActorMatch> resolve(Node n) {
            return resolved.computeIfAbsent(n, x -> {
                Set<GoldActor.ActorType> types = actorTypes(x);
                List<String> labels = labels(x);
                ActorMatch near = null;
                for (GoldActor a : gold.actors()) {
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
            dataset.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
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
            objects(at.graph, event, property).forEach(o -> out.add(nameOf(o)));
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
            String anchor = firstAnchor(n);
            return anchor.isEmpty() ? sentenceContaining(labels(n)) : anchor;
        }

        // ---- events ----------------------------------------------------------------------------------

        List<Node> outputEvents() {
            List<Node> out = new ArrayList<>();
            at.graph.find(Node.ANY, Vocab.mentionedIn.asNode(), at.article).forEachRemaining(t -> {
                if (categoryOf(t.getSubject()) != null) {
                    out.add(t.getSubject());
                }
            });
            out.sort(Comparator.comparingInt(this::firstBegin).thenComparing((Node n) -> n.toString()));
            return out;
        }

        Category categoryOf(Node n) {
            for (Node t : objects(at.graph, n, TYPE)) {
                Category c = EVENT_TYPES.get(t);
                if (c != null) {
                    return c;
                }
            }
            return null;
        }

        void events(Category c, List<Node> output) {
            List<GoldEvent> goldEvents = gold.events().stream().filter(e -> e.category() == c).toList();
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
                findings.add(new Finding(name, Kind.FALSE, c.key(), describeEvent(e, c)
                        + (duplicateOf == null ? "" : " — a duplicate of: " + duplicateOf.describe()), firstAnchor(e)));
            }
            int fn = 0;
            for (int j = 0; j < goldEvents.size(); j++) {
                if (!goldEvents.get(j).optional() && outputOf[j] < 0) {
                    fn++;
                    findings.add(new Finding(name, Kind.MISS, c.key(), goldEvents.get(j).describe(), missSentence(goldEvents.get(j))));
                }
            }
            counts.put(c, new Counts(tp, fp, fn));
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
                return names(e, Vocab.participant.asNode()).equals(m.participants());
            } else if (g instanceof GoldEvent.Visit v) {
                Set<String> destinations = names(e, Vocab.destination.asNode());
                return names(e, Vocab.visitor.asNode()).equals(Set.of(v.visitor()))
                        && !destinations.isEmpty() && v.destinations().containsAll(destinations);
            } else if (g instanceof GoldEvent.Agreement a) {
                return names(e, Vocab.party.asNode()).equals(a.parties());
            } else if (g instanceof GoldEvent.Statement s) {
                String start = NameMatcher.fold(s.quoteStart());
                return names(e, Vocab.speaker.asNode()).equals(Set.of(s.speaker()))
                        && lexical(e, Vocab.quote.asNode()).stream().anyMatch(q -> NameMatcher.fold(q).contains(start));
            } else if (g instanceof GoldEvent.MilitarySupport s) {
                return names(e, Vocab.provider.asNode()).equals(Set.of(s.provider()))
                        && names(e, Vocab.recipient.asNode()).equals(Set.of(s.recipient()))
                        && objects(at.graph, e, Vocab.materiel.asNode()).equals(List.of(Vocab.ng(concept(s.what())).asNode()));
            }
            throw new IllegalArgumentException("unknown gold event: " + g);
        }

        String describeEvent(Node e, Category c) {
            return switch (c) {
                case MEETINGS -> "meeting " + String.join(" + ", names(e, Vocab.participant.asNode()));
                case VISITS -> "visit of " + String.join(" + ", names(e, Vocab.visitor.asNode())) + " to "
                        + String.join(" / ", names(e, Vocab.destination.asNode()));
                case AGREEMENTS -> "agreement between " + String.join(" + ", names(e, Vocab.party.asNode()));
                case STATEMENTS -> "statement by " + String.join(" + ", names(e, Vocab.speaker.asNode())) + ": «"
                        + objects(at.graph, e, Vocab.quote.asNode()).stream().filter(Node::isLiteral)
                        .map(Node::getLiteralLexicalForm).findFirst().orElse("") + "»";
                case MILITARY_SUPPORT -> "military support " + String.join(" + ", names(e, Vocab.provider.asNode()))
                        + " → " + String.join(" + ", names(e, Vocab.recipient.asNode())) + ": "
                        + String.join(", ", objects(at.graph, e, Vocab.materiel.asNode()).stream()
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
            Set<String> found = names(e, property);
            Set<String> expected = new TreeSet<>(gold);
            check(e, g, attribute, found.equals(expected), expected.toString(), found.toString());
        }

        /** Right when the output says {@code true} exactly when the gold does. */
        void flag(Node e, GoldEvent g, String attribute, Node property, boolean gold) {
            boolean found = lexical(e, property).stream().anyMatch(v -> v.equals("true") || v.equals("1"));
            check(e, g, attribute, found == gold, Boolean.toString(gold), Boolean.toString(found));
        }

        /** Right when the event has a date and every date it has starts with the gold value. */
        void date(Node e, GoldEvent g, String gold) {
            if (gold == null) {
                return;
            }
            List<String> found = lexical(e, Vocab.date.asNode());
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
            Set<String> found = new TreeSet<>(lexical(e, property));
            for (Node claim : objects(at.graph, e, Vocab.dateClaim.asNode())) {
                if (objects(at.graph, claim, Vocab.claimedProperty.asNode()).contains(property)) {
                    found.addAll(lexical(claim, Vocab.claimedValue.asNode()));
                }
            }
            Predicate<String> allowed = d -> d.startsWith(gold) || also.stream().anyMatch(d::startsWith);
            boolean right = found.stream().anyMatch(d -> d.startsWith(gold)) && found.stream().allMatch(allowed);
            check(e, g, attribute, right, gold + (also.isEmpty() ? "" : " (also " + String.join(", ", also) + ")"),
                    found.toString());
        }

        /** The number and the qualifier together: "more than 10000" is not "10000". */
        void quantity(Node e, GoldEvent.MilitarySupport s) {
            List<String> numbers = lexical(e, Vocab.quantity.asNode());
            List<Node> qualifiers = objects(at.graph, e, Vocab.quantityQualifier.asNode());
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
            attributes.merge(attribute, Tally.ZERO.add(right), Tally::plus);
            if (!right) {
                findings.add(new Finding(name, Kind.WRONG, g.category().key(),
                        g.describe() + " — " + attribute + ": expected " + expected + ", found " + found, firstAnchor(e)));
            }
        }

        List<String> lexical(Node s, Node p) {
            return objects(at.graph, s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
        }

        // ---- evidence --------------------------------------------------------------------------------

        /** An event is exact when it has evidence and every mention (its own and its date claims') is exact. */
        void checkEvidence(Node e) {
            List<Node> mentions = new ArrayList<>(objects(at.graph, e, Vocab.evidence.asNode()));
            boolean hasOwn = !mentions.isEmpty();
            for (Node claim : objects(at.graph, e, Vocab.dateClaim.asNode())) {
                mentions.addAll(objects(at.graph, claim, Vocab.evidence.asNode()));
            }
            boolean exact = hasOwn;
            if (!hasOwn) {
                findings.add(new Finding(name, Kind.OFFSETS, categoryOf(e).key(), describeEvent(e, categoryOf(e))
                        + " — has no ng:evidence", ""));
            }
            for (Node m : mentions) {
                Optional<String> problem = offsetProblem(m);
                if (problem.isPresent()) {
                    exact = false;
                    findings.add(new Finding(name, Kind.OFFSETS, categoryOf(e).key(),
                            describeEvent(e, categoryOf(e)) + " — " + problem.get(), anchor(m)));
                }
            }
            evidence = evidence.add(exact);
        }

        /** Why this mention's offsets (Unicode code points, end exclusive) do not cut out its anchorOf. */
        Optional<String> offsetProblem(Node m) {
            Optional<Integer> begin = integer(m, Vocab.beginIndex.asNode());
            Optional<Integer> end = integer(m, Vocab.endIndex.asNode());
            List<String> anchors = lexical(m, Vocab.anchorOf.asNode());
            if (begin.isEmpty() || end.isEmpty() || anchors.size() != 1) {
                return Optional.of("mention " + m + " lacks one nif:beginIndex, nif:endIndex or nif:anchorOf");
            }
            String context = first(at.graph, m, Vocab.referenceContext.asNode())
                    .flatMap(c -> first(at.graph, c, Vocab.isString.asNode()))
                    .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(text);
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
            return objects(at.graph, e, Vocab.evidence.asNode()).stream()
                    .map(m -> integer(m, Vocab.beginIndex.asNode()).orElse(Integer.MAX_VALUE))
                    .min(Integer::compare).orElse(Integer.MAX_VALUE);
        }

        /** The anchorOf of the node's earliest evidence, or "". */
        String firstAnchor(Node n) {
            if (at == null) {
                return "";
            }
            return objects(at.graph, n, Vocab.evidence.asNode()).stream()
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

    // ---- graph access ----------------------------------------------------------------------------------

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    static Optional<Node> first(Graph g, Node s, Node p) {
        List<Node> o = objects(g, s, p);
        return o.isEmpty() ? Optional.empty() : Optional.of(o.get(0));
    }

    /** "air-defence" → "AirDefence", "more than" → "MoreThan": gold words to the ontology's concept names. */
    static String concept(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.trim().split("[\\s_-]+")) {
            if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
