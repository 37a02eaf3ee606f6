package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.document.Document;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.document.Quantity;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.document.Timex;
import org.newsgraph.entity.Folding;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.lang.Language;
import java.util.HashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.lang.ClasspathResource;

/**
 * Maps an analysed document to the triples of its named graph under the newsgraph ontology: the
 * article and its text, every actor and place it mentions, every event and agreement with the
 * sentences that support it as NIF mentions.
 */
public final class ArticleMapper {

    private static final Map<EntityType, Node> TYPES = Map.of(
            EntityType.PERSON, Vocab.Person.asNode(), EntityType.ORGANIZATION, Vocab.Organization.asNode(),
            EntityType.COUNTRY, Vocab.Country.asNode(), EntityType.PLACE, Vocab.Place.asNode());
    private static final Map<Event.Type, Node> EVENT_TYPES = Map.of(
            Event.Type.MEETING, Vocab.Meeting.asNode(), Event.Type.VISIT, Vocab.Visit.asNode(),
            Event.Type.STATEMENT, Vocab.Statement.asNode(), Event.Type.AGREEMENT, Vocab.Agreement.asNode(),
            Event.Type.MILITARY_SUPPORT, Vocab.MilitarySupport.asNode());
    /** CAMEO event codes, for users of GDELT/ICEWS-style event data. */
    private static final Map<Event.Type, String> CAMEO = Map.of(
            Event.Type.MEETING, "040", Event.Type.VISIT, "042", Event.Type.STATEMENT, "010",
            Event.Type.AGREEMENT, "057", Event.Type.MILITARY_SUPPORT, "072");
    private static final Map<Event.Role, Node> ROLES = Map.of(
            Event.Role.PARTICIPANT, Vocab.participant.asNode(), Event.Role.VISITOR, Vocab.visitor.asNode(),
            Event.Role.DESTINATION, Vocab.destination.asNode(), Event.Role.SPEAKER, Vocab.speaker.asNode(),
            Event.Role.PARTY, Vocab.party.asNode(), Event.Role.SIGNATORY, Vocab.signatory.asNode(),
            Event.Role.PROVIDER, Vocab.provider.asNode(), Event.Role.RECIPIENT, Vocab.recipient.asNode());
    /** The article's counts, in the order written: the nodes of each type that it mentions (ng:mentionedIn). */
    private static final List<Map.Entry<Node, Node>> COUNTS = List.of(
            Map.entry(Vocab.Meeting.asNode(), Vocab.meetingCount.asNode()),
            Map.entry(Vocab.Visit.asNode(), Vocab.visitCount.asNode()),
            Map.entry(Vocab.Statement.asNode(), Vocab.statementCount.asNode()),
            Map.entry(Vocab.Agreement.asNode(), Vocab.agreementCount.asNode()),
            Map.entry(Vocab.MilitarySupport.asNode(), Vocab.militarySupportCount.asNode()),
            Map.entry(Vocab.Actor.asNode(), Vocab.actorCount.asNode()));
    /** Whom an event's label names first (who acts), and after "→" (where or to whom). */
    private static final Set<Event.Role> ACTING = Set.of(
            Event.Role.PARTICIPANT, Event.Role.VISITOR, Event.Role.SPEAKER, Event.Role.PROVIDER);
    private static final Set<Event.Role> TOWARDS = Set.of(Event.Role.DESTINATION, Event.Role.RECIPIENT);
    private static final Node TYPE = RDF.type.asNode();
    /**
     * The ontology's labels of the materiel concepts in the language of the plain labels (the first of languages.tsv,
     * as the gazetteer's): an event's label names its materiel as its actors, "Corea del Nord → Russia: truppe".
     */
    private static final Map<String, String> CONCEPT_LABELS = conceptLabels();
    /** The language of the gazetteer's second names: one node per actor whatever the article's language. */
    private static final String ENGLISH = "en";
    /**
     * The canonical roles (the first column of every language's roles.tsv, the keys of the first language's), written
     * in that language; any other role a person holds is a phrase of the article, written in the article's language.
     */
    private static final Set<String> CANONICAL_ROLES = Language.of(Language.first()).rows("roles.tsv").stream()
            .map(r -> Folding.fold(r.get(0))).collect(Collectors.toUnmodifiableSet());

    private final Iris iris;
    private final Gazetteer gazetteer;

    public ArticleMapper(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    public Graph map(Document document) {
        Graph g = GraphFactory.createDefaultGraph();
        Node article = iris.article(document.source().id());
        new Writer(g, document, article).write();
        return g;
    }

    /** Writes one document into one graph. */
    private final class Writer {
        final Graph g;
        final Document d;
        final Node article;
        final String articleId;
        final Set<String> described = new TreeSet<>();
        /** The UTF-16 offsets of the text's supplementary characters, in order: few or none in news text. */
        final int[] supplementary;

        /** The article's language, which its quotes and names are written in. */
        String language() {
            return d.source().language().orElseThrow();
        }

        Writer(Graph g, Document d, Node article) {
            this.g = g;
            this.d = d;
            this.article = article;
            this.articleId = d.source().id();
            String text = d.text();
            this.supplementary = IntStream.range(0, text.length())
                    .filter(i -> Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                    .toArray();
        }

        /** The code point offset of a UTF-16 offset, by the supplementary characters before it (linear in none). */
        private int codePoints(int utf16) {
            int before = Arrays.binarySearch(supplementary, utf16);
            return utf16 - (before >= 0 ? before : -before - 1);
        }

        void write() {
            add(article, TYPE, Vocab.Article.asNode());
            add(article, TYPE, Vocab.NifContext.asNode());
            add(article, Vocab.sourceFile.asNode(), string(d.source().sourceFile()));
            d.source().url().ifPresent(u -> add(article, Vocab.url.asNode(), NodeFactory.createURI(u)));
            d.source().derivedFrom().ifPresent(f -> add(article, Vocab.wasDerivedFrom.asNode(), NodeFactory.createURI(f)));
            add(article, Vocab.isString.asNode(), string(d.text()));
            String language = d.source().language().orElseThrow();
            add(article, Vocab.inLanguage.asNode(), string(language));
            add(article, Vocab.language.asNode(), NodeFactory.createLiteralDT(language, XSDDatatype.XSDlanguage));
            d.headline().ifPresent(h -> add(article, Vocab.headline.asNode(), string(d.text(h).strip())));
            d.source().publisher().ifPresent(p -> add(article, Vocab.publisher.asNode(), string(p)));
            d.source().publication().ifPresent(p -> add(article, Vocab.datePublished.asNode(),
                    NodeFactory.createLiteralDT(p.iso(), switch (p.precision()) {
                        case DAYS -> XSDDatatype.XSDdate;
                        case MONTHS -> XSDDatatype.XSDgYearMonth;
                        default -> XSDDatatype.XSDgYear;
                    })));
            d.mentions().stream().map(EntityMention::entityId).distinct().forEach(this::entity);
            d.events().forEach(this::event);
            COUNTS.forEach(c -> count(c.getKey(), c.getValue()));
        }

        /** How many nodes of {@code type} the article mentions, as {@code property} of the article (the sources query's columns). */
        private void count(Node type, Node property) {
            Node mentionedIn = Vocab.mentionedIn.asNode();
            long n = g.find(Node.ANY, TYPE, type).filterKeep(t -> g.contains(t.getSubject(), mentionedIn, article)).toList().size();
            add(article, property, integer(n));
        }

        /** An entity the article mentions. */
        private void entity(String id) {
            describe(id);
            add(iris.entity(id), Vocab.mentionedIn.asNode(), article);
        }

        /**
         * Type, labels and links of an entity: also for a country only referred to, as some actor's country. A
         * known entity also carries its English name as a label ({@code rdfs:label "Moscow"@en} beside the label
         * "Mosca"; other English names as {@code skos:altLabel}), so that articles in either language name one node.
         */
        private void describe(String id) {
            if (!described.add(id)) {
                return;
            }
            Entity e = entityOf(id);
            Node n = iris.entity(id);
            add(n, TYPE, TYPES.get(e.type()));
            if (e.type() != EntityType.PLACE) {
                add(n, TYPE, Vocab.Actor.asNode());
            }
            if (e.newsAgency()) {
                add(n, TYPE, Vocab.NewsAgency.asNode());
            }
            String label = gazetteer.entity(id).map(Entity::label).orElse(e.label());
            add(n, RDFS.label.asNode(), string(label));
            e.wikidata().ifPresent(q -> add(n, OWL.sameAs.asNode(), NodeFactory.createURI(Vocab.WD + q)));
            e.country().ifPresent(c -> {
                describe(c);
                add(n, Vocab.country.asNode(), iris.entity(c));
            });
            boolean known = gazetteer.entity(id).isPresent();
            Set<String> seen = new TreeSet<>();
            for (EntityMention m : d.mentions()) {
                if (m.entityId().equals(id) && (m.kind() == EntityMention.Kind.NAME || m.kind() == EntityMention.Kind.ALIAS)) {
                    seen.add(d.text(m.span()));
                }
            }
            seen.remove(label);
            seen.forEach(s -> add(n, Vocab.altLabel.asNode(), string(s)));
            englishName(id).ifPresent(preferred -> gazetteer.englishNames(id).forEach(s -> add(n, s.equals(preferred)
                    ? RDFS.label.asNode() : Vocab.altLabel.asNode(), NodeFactory.createLiteralLang(s, ENGLISH))));
            if (!known) {
                e.roles().forEach(r -> add(n, Vocab.role.asNode(),
                        NodeFactory.createLiteralLang(r, CANONICAL_ROLES.contains(r) ? Language.first() : language())));
                d.mentions().stream().filter(m -> m.entityId().equals(id)).map(EntityMention::span)
                        .min(Span::compareTo).ifPresent(s -> add(n, Vocab.evidence.asNode(), mention(sentenceOf(s))));
            }
        }

        /** The entity behind an id the document uses: found in the article, or only referred to and known to the gazetteer. */
        private Entity entityOf(String id) {
            return d.entities().containsKey(id) ? d.entities().get(id) : gazetteer.entity(id).orElseThrow();
        }

        /**
         * An event's label: who acts, then "→" where or to whom, then the materiel, names in alphabetical
         * order ("Corea del Nord → Russia: truppe", "Kim Jong-un, Vladimir Putin"); empty when it names no one.
         */
        private String eventLabel(Event e) {
            String towards = names(e, TOWARDS);
            return names(e, ACTING) + (towards.isEmpty() ? "" : " → " + towards)
                    + e.materiel().map(m -> ": " + CONCEPT_LABELS.get(Vocab.concept(m).getURI())).orElse("");
        }

        private String names(Event e, Set<Event.Role> roles) {
            Set<String> names = new TreeSet<>();
            e.arguments().forEach((role, ids) -> {
                if (roles.contains(role)) {
                    ids.forEach(id -> names.add(entityOf(id).label()));
                }
            });
            return String.join(", ", names);
        }

        private void event(Event e) {
            Node n = e.type() == Event.Type.AGREEMENT ? iris.agreement(agreementKey(e)) : iris.event(articleId, eventKey(e));
            if (e.type() == Event.Type.AGREEMENT) {
                add(n, TYPE, Vocab.Agreement.asNode());
                agreementLabels(n, e);
                e.name().ifPresent(s -> add(n, Vocab.altLabel.asNode(), NodeFactory.createLiteralLang(d.text(s), language())));
                if (e.flags().contains(Event.Flag.MUTUAL_DEFENCE)) {
                    add(n, Vocab.mutualDefence.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
                }
                e.place().ifPresent(p -> add(n, Vocab.signedAt.asNode(), place(p)));
                e.dateClaims().forEach(c -> dateClaim(n, c));
            } else {
                add(n, TYPE, Vocab.Event.asNode());
                add(n, TYPE, EVENT_TYPES.get(e.type()));
                String label = eventLabel(e);
                if (!label.isEmpty()) {
                    add(n, RDFS.label.asNode(), string(label));
                }
                e.place().ifPresent(p -> add(n, Vocab.place.asNode(), place(p)));
            }
            add(n, Vocab.ng("cameoCode").asNode(), string(CAMEO.get(e.type())));
            add(n, Vocab.mentionedIn.asNode(), article);
            e.evidence().forEach(s -> add(n, Vocab.evidence.asNode(), mention(s)));
            e.arguments().forEach((role, ids) -> ids.forEach(id -> {
                entity(id);
                add(n, ROLES.get(role), iris.entity(id));
            }));
            e.date().ifPresent(t -> date(n, t));
            e.quote().ifPresent(q -> add(n, Vocab.quote.asNode(), NodeFactory.createLiteralLang(d.text(q), language())));
            e.materiel().ifPresent(m -> add(n, Vocab.materiel.asNode(), Vocab.concept(m).asNode()));
            e.quantity().ifPresent(q -> quantity(n, q));
            attribution(n, e.attribution());
        }

        private void attribution(Node n, Event.Attribution a) {
            a.claimedBy().stream().sorted().forEach(id -> {
                entity(id);
                add(n, Vocab.claimedBy.asNode(), iris.entity(id));
            });
            a.deniedBy().stream().sorted().forEach(id -> {
                entity(id);
                add(n, Vocab.deniedBy.asNode(), iris.entity(id));
            });
            a.reportedBy().stream().sorted().forEach(id -> {
                entity(id);
                add(n, Vocab.reportedBy.asNode(), iris.entity(id));
            });
            if (a.hedged()) {
                add(n, Vocab.hedged.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }

        private void dateClaim(Node agreement, Event.DateClaim c) {
            Node claim = iris.dateClaim(articleId, c.relation().name().toLowerCase(Locale.ROOT) + "-"
                    + c.timex().span().begin() + "-" + c.timex().span().end());
            Node property = switch (c.relation()) {
                case SIGNED -> Vocab.signedOn.asNode();
                case RATIFIED -> Vocab.ratifiedOn.asNode();
                case IN_FORCE -> Vocab.inForceFrom.asNode();
            };
            Node value = dateLiteral(c.timex().value().orElseThrow());
            add(agreement, property, value);
            add(agreement, Vocab.dateClaim.asNode(), claim);
            add(claim, TYPE, Vocab.DateClaim.asNode());
            add(claim, Vocab.claimedProperty.asNode(), property);
            add(claim, Vocab.claimedValue.asNode(), value);
            c.parties().stream().sorted().forEach(id -> {
                entity(id);
                add(claim, Vocab.ratifyingParty.asNode(), iris.entity(id));
            });
            add(claim, Vocab.dateText.asNode(), string(c.timex().text()));
            add(claim, Vocab.evidence.asNode(), mention(c.evidence()));
            add(claim, Vocab.mentionedIn.asNode(), article);
        }

        private void date(Node n, Timex t) {
            if (t.written()) {
                add(n, Vocab.dateText.asNode(), string(t.text()));
            }
            t.value().ifPresent(v -> add(n, Vocab.date.asNode(), dateLiteral(v)));
        }

        private void quantity(Node n, Quantity q) {
            q.value().ifPresent(v -> add(n, Vocab.quantity.asNode(), integer(v)));
            add(n, Vocab.quantityQualifier.asNode(), Vocab.concept(q.qualifier()).asNode());
        }

        private Node place(String id) {
            entity(id);
            return iris.entity(id);
        }

        /** A mention node; NIF counts offsets in Unicode code points, Java strings in UTF-16 units. */
        private Node mention(Span s) {
            Span cp = new Span(codePoints(s.begin()), codePoints(s.end()));
            Node m = iris.mention(articleId, cp);
            add(m, TYPE, Vocab.Mention.asNode());
            add(m, Vocab.anchorOf.asNode(), string(d.text(s)));
            add(m, Vocab.beginIndex.asNode(), index(cp.begin()));
            add(m, Vocab.endIndex.asNode(), index(cp.end()));
            add(m, Vocab.referenceContext.asNode(), article);
            return m;
        }

        private static Node index(int offset) {
            return NodeFactory.createLiteralDT(Integer.toString(offset), XSDDatatype.XSDnonNegativeInteger);
        }

        private Span sentenceOf(Span s) {
            return d.sentences().stream().map(Sentence::span).filter(x -> x.contains(s)).findFirst().orElse(s);
        }

        private void add(Node s, Node p, Node o) {
            g.add(Triple.create(s, p, o));
        }

        /** "Accordo tra Corea del Nord e Russia"@it, "Agreement between North Korea and Russia"@en: labels.tsv of each language. */
        private void agreementLabels(Node n, Event e) {
            for (String code : Language.supported().keySet()) {
                Map<String, List<String>> labels = Language.of(code).derived("labels", l -> l.columns("labels.tsv"));
                List<String> names = e.get(Event.Role.PARTY).stream().sorted().map(id -> partyName(id, code)).toList();
                String template = labels.get("agreement").get(0);
                String and = " " + labels.get("and").get(0) + " ";
                add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(template.replace("{parties}", String.join(and, names)), code));
            }
        }

        /** A party's name in a language: its English name in English, else its label (the gazetteer's Italian). */
        private String partyName(String id, String code) {
            String label = gazetteer.entity(id).map(Entity::label)
                    .orElseGet(() -> d.entities().containsKey(id) ? d.entities().get(id).label() : id);
            return code.equals(ENGLISH) ? englishName(id).orElse(label) : label;
        }
    }

    /** The English name an entity is labelled with: the one its id was made from, else its first. */
    private Optional<String> englishName(String id) {
        List<String> english = gazetteer.englishNames(id);
        String local = id.substring(id.indexOf('/') + 1);
        return english.stream().filter(s -> Folding.slug(s).equals(local)).findFirst().or(() -> english.stream().findFirst());
    }

    private static Map<String, String> conceptLabels() {
        Model ontology = ClasspathResource.read(Vocab.ONTOLOGY_RESOURCE, in -> {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        });
        String language = Language.first();
        Map<String, String> labels = new HashMap<>();
        ontology.listStatements(null, RDFS.label, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()
                    && st.getLiteral().getLanguage().equals(language)) {
                labels.put(st.getSubject().getURI(), st.getLiteral().getLexicalForm());
            }
        });
        for (Event.Materiel m : Event.Materiel.values()) {
            if (!labels.containsKey(Vocab.concept(m).getURI())) {
                throw new IllegalStateException("the ontology has no " + language + " label for " + Vocab.concept(m));
            }
        }
        return Map.copyOf(labels);
    }

    /** Agreements are one node across articles: the same parties, the same agreement. */
    private static String agreementKey(Event e) {
        return e.get(Event.Role.PARTY).stream().sorted().map(id -> id.substring(id.indexOf('/') + 1))
                .collect(Collectors.joining("--"));
    }

    /** An event's name within its article: what it is, who takes part and when, so two visits to one place on two days are two nodes. */
    private static String eventKey(Event e) {
        StringBuilder key = new StringBuilder(e.type().name());
        new TreeMap<>(e.arguments()).forEach((r, ids) -> key.append('|').append(r).append('=').append(new TreeSet<>(ids)));
        e.materiel().ifPresent(m -> key.append('|').append(m));
        e.quote().ifPresent(q -> key.append('|').append(q.begin()).append('-').append(q.end()));
        e.date().filter(Timex::written).flatMap(Timex::value).ifPresent(v -> key.append('|').append(v));
        if (e.arguments().isEmpty()) {
            key.append('|').append(e.evidence().get(0));
        }
        return e.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + sha1(key.toString()).substring(0, 12);
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node dateLiteral(String iso) {
        RDFDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(iso, type);
    }
}
