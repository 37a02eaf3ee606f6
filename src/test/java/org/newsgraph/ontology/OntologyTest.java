package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.document.Event;
import org.newsgraph.document.Quantity;
import org.newsgraph.rdf.Vocab;

/** The ontology (ontology/newsgraph.ttl, shipped as newsgraph/ontology/newsgraph.ttl) declares the graph contract. */
class OntologyTest {

    static final String ONTOLOGY = "newsgraph/ontology/newsgraph.ttl";
    static final String SEM = Vocab.SEM;
    static final String WDT = "http://www.wikidata.org/prop/direct/";

    private static Model ontology;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = OntologyTest.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            ontology = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        }
    }

    /** Every ng: term of design/CONTRACT.md and what kind of term it is. */
    static Stream<Arguments> contractTerms() {
        return Stream.of(
                term("Article", OWL.Class), term("sourceFile", OWL.DatatypeProperty),
                term("mentionedIn", OWL.ObjectProperty), term("evidence", OWL.ObjectProperty),
                term("Mention", OWL.Class),
                term("Person", OWL.Class), term("Organization", OWL.Class), term("Country", OWL.Class),
                term("Place", OWL.Class), term("Actor", OWL.Class),
                term("Event", OWL.Class), term("Agreement", OWL.Class),
                term("date", OWL.DatatypeProperty), term("dateText", OWL.DatatypeProperty),
                term("place", OWL.ObjectProperty), term("reportedBy", OWL.ObjectProperty),
                term("claimedBy", OWL.ObjectProperty), term("deniedBy", OWL.ObjectProperty),
                term("hedged", OWL.DatatypeProperty),
                term("Meeting", OWL.Class), term("participant", OWL.ObjectProperty),
                term("Visit", OWL.Class), term("visitor", OWL.ObjectProperty), term("destination", OWL.ObjectProperty),
                term("Statement", OWL.Class), term("speaker", OWL.ObjectProperty), term("quote", OWL.DatatypeProperty),
                term("party", OWL.ObjectProperty), term("signatory", OWL.ObjectProperty),
                term("signedOn", OWL.DatatypeProperty), term("ratifiedOn", OWL.DatatypeProperty),
                term("signedAt", OWL.ObjectProperty),
                term("MilitarySupport", OWL.Class), term("provider", OWL.ObjectProperty),
                term("recipient", OWL.ObjectProperty), term("materiel", OWL.ObjectProperty),
                term("Troops", SKOS.Concept), term("Missiles", SKOS.Concept), term("Munitions", SKOS.Concept),
                term("Oil", SKOS.Concept), term("AirDefence", SKOS.Concept), term("Technology", SKOS.Concept),
                term("quantity", OWL.DatatypeProperty), term("quantityQualifier", OWL.ObjectProperty),
                term("MoreThan", SKOS.Concept), term("About", SKOS.Concept), term("Exactly", SKOS.Concept),
                term("LessThan", SKOS.Concept),
                // beyond the contract: terms the converter and the gazetteer write
                term("NewsAgency", OWL.Class), term("DateClaim", OWL.Class), term("dateClaim", OWL.ObjectProperty),
                term("claimedProperty", OWL.ObjectProperty), term("claimedValue", OWL.DatatypeProperty),
                term("shortName", OWL.DatatypeProperty), term("demonym", OWL.DatatypeProperty),
                term("capital", OWL.ObjectProperty), term("mutualDefence", OWL.DatatypeProperty),
                term("role", OWL.DatatypeProperty), term("country", OWL.ObjectProperty),
                term("cameoCode", OWL.DatatypeProperty), term("Weapons", SKOS.Concept),
                // the summary graph that every load rebuilds (queries/summary.ru)
                term("ActorPair", OWL.Class), term("firstActor", OWL.ObjectProperty),
                term("secondActor", OWL.ObjectProperty), term("articleCount", OWL.DatatypeProperty),
                term("meetingCount", OWL.DatatypeProperty), term("visitCount", OWL.DatatypeProperty),
                term("statementCount", OWL.DatatypeProperty), term("agreementCount", OWL.DatatypeProperty),
                term("militarySupportCount", OWL.DatatypeProperty), term("actorCount", OWL.DatatypeProperty),
                term("Tie", OWL.Class), term("eventType", OWL.ObjectProperty), term("fromActor", OWL.ObjectProperty),
                term("toActor", OWL.ObjectProperty), term("eventCount", OWL.DatatypeProperty),
                term("status", OWL.DatatypeProperty), term("contested", OWL.DatatypeProperty),
                term("eventDate", OWL.DatatypeProperty), term("firstDate", OWL.DatatypeProperty),
                term("lastDate", OWL.DatatypeProperty), term("publisher", OWL.DatatypeProperty));
    }

    /** Every ng: term Vocab.java names, so a term added in Java without the ontology fails here. */
    static Stream<String> vocabTerms() {
        return Arrays.stream(Vocab.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .filter(f -> Resource.class.isAssignableFrom(f.getType())).map(OntologyTest::value)
                .filter(r -> r.getURI().startsWith(Vocab.NG)).map(Resource::getURI).sorted();
    }

    /** Every ng: term the shipped queries, the summary update and the view's queries use. */
    static Stream<String> queryTerms() throws IOException {
        Pattern term = Pattern.compile("\\bng:(\\w+)");
        Set<String> terms = new TreeSet<>();
        for (Path folder : List.of(Path.of("queries"), Path.of("src/main/resources/newsgraph/view"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.r[qu]")).toList()) {
                    term.matcher(Files.readString(f)).results().forEach(m -> terms.add(Vocab.NG + m.group(1)));
                }
            }
        }
        return terms.stream();
    }

    /** Every ng: IRI the ontology describes. */
    static Stream<String> describedTerms() {
        return ontology().listSubjects().toList().stream().filter(Resource::isURIResource).map(Resource::getURI)
                .filter(u -> u.startsWith(Vocab.NG)).sorted();
    }

    static Stream<Arguments> materiel() {
        return Arrays.stream(Event.Materiel.values()).map(m -> Arguments.of(upperCamel(m.name()), "MaterielScheme"));
    }

    static Stream<Arguments> qualifiers() {
        return Arrays.stream(Quantity.Qualifier.values())
                .map(q -> Arguments.of(upperCamel(q.name()), "QuantityQualifierScheme"));
    }

    /** The alignments CONTRACT.md asks the ontology to declare. */
    static Stream<Arguments> alignments() {
        String schema = Vocab.SCHEMA;
        return Stream.of(
                Arguments.of("Event", RDFS.subClassOf, SEM + "Event"),
                Arguments.of("Event", RDFS.subClassOf, schema + "Event"),
                Arguments.of("Actor", RDFS.subClassOf, SEM + "Actor"),
                Arguments.of("Actor", RDFS.subClassOf, Vocab.PROV + "Agent"),
                Arguments.of("Place", RDFS.subClassOf, SEM + "Place"),
                Arguments.of("Place", RDFS.subClassOf, schema + "Place"),
                Arguments.of("participant", RDFS.subPropertyOf, SEM + "hasActor"),
                Arguments.of("place", RDFS.subPropertyOf, SEM + "hasPlace"),
                Arguments.of("evidence", RDFS.subPropertyOf, Vocab.GAF + "denotedBy"),
                Arguments.of("Article", RDFS.subClassOf, schema + "NewsArticle"),
                Arguments.of("Statement", RDFS.subClassOf, schema + "Quotation"),
                Arguments.of("Agreement", SKOS.closeMatch, Vocab.WD + "Q131569"),
                Arguments.of("signatory", SKOS.closeMatch, WDT + "P1891"),
                Arguments.of("Person", RDFS.subClassOf, Vocab.NG + "Actor"),
                Arguments.of("Organization", RDFS.subClassOf, Vocab.NG + "Actor"),
                Arguments.of("Country", RDFS.subClassOf, Vocab.NG + "Actor"),
                Arguments.of("NewsAgency", RDFS.subClassOf, Vocab.NG + "Organization"),
                Arguments.of("Meeting", RDFS.subClassOf, Vocab.NG + "Event"),
                Arguments.of("Visit", RDFS.subClassOf, Vocab.NG + "Event"),
                Arguments.of("Statement", RDFS.subClassOf, Vocab.NG + "Event"),
                Arguments.of("MilitarySupport", RDFS.subClassOf, Vocab.NG + "Event"));
    }

    @ParameterizedTest(name = "ng:{0} is a {1}")
    @MethodSource("contractTerms")
    void declaresContractTerm(String local, Resource kind) {
        Resource t = ontology.createResource(Vocab.NG + local);
        assertTrue(ontology.contains(t, RDF.type, kind), "ng:" + local + " is not declared a " + kind.getLocalName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"vocabTerms", "describedTerms", "queryTerms"})
    void termHasLabelsInItalianAndEnglishAndAComment(String uri) {
        Resource t = ontology.createResource(uri);
        assertTrue(ontology.contains(t, RDF.type), uri + " is not declared");
        for (String lang : new String[] {"en", "it"}) {
            assertTrue(hasLang(t, RDFS.label, lang) || hasLang(t, SKOS.prefLabel, lang), uri + " has no label @" + lang);
        }
        assertTrue(hasLang(t, RDFS.comment, "en") || hasLang(t, SKOS.definition, "en"), uri + " has no comment @en");
    }

    @ParameterizedTest(name = "ng:{0} in ng:{1}")
    @MethodSource({"materiel", "qualifiers"})
    void everyEnumValueIsAConceptOfItsScheme(String local, String scheme) {
        Resource c = ontology.createResource(Vocab.NG + local);
        assertTrue(ontology.contains(c, RDF.type, SKOS.Concept), "ng:" + local + " is not a skos:Concept");
        assertTrue(ontology.contains(c, SKOS.inScheme, ontology.createResource(Vocab.NG + scheme)),
                "ng:" + local + " is not in ng:" + scheme);
    }

    /** Queries show a concept by its rdfs:label, in Italian unless asked for English. */
    @ParameterizedTest(name = "ng:{0}")
    @ValueSource(strings = {"MaterielScheme", "QuantityQualifierScheme"})
    void everyConceptOfASchemeHasAnRdfsLabelInItalianAndEnglish(String scheme) {
        List<Resource> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme,
                ontology.createResource(Vocab.NG + scheme)).toList();
        assertTrue(concepts.size() >= 7, scheme + ": " + concepts);
        for (Resource c : concepts) {
            for (String lang : new String[] {"it", "en"}) {
                assertTrue(hasLang(c, RDFS.label, lang), c + " has no rdfs:label @" + lang);
            }
        }
    }

    @ParameterizedTest(name = "ng:{0} {1} {2}")
    @MethodSource("alignments")
    void declaresAlignment(String local, Property p, String object) {
        assertTrue(ontology.contains(ontology.createResource(Vocab.NG + local), p, ontology.createResource(object)));
    }

    @Test
    void headerSaysVersionTitleDescriptionAndLicence() {
        Resource header = ontology.createResource("https://w3id.org/newsgraph/ontology");
        assertTrue(ontology.contains(header, RDF.type, OWL.Ontology));
        for (Property p : new Property[] {OWL.versionInfo, DCTerms.title, DCTerms.description, DCTerms.license}) {
            assertTrue(header.hasProperty(p), "ontology header has no " + p);
        }
    }

    @Test
    void fourEntityTypesAreDisjoint() {
        assertFalse(ontology.listResourcesWithProperty(RDF.type, OWL.AllDisjointClasses).toList().isEmpty());
    }

    private static Model ontology() {
        if (ontology == null) {
            try {
                parse();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return ontology;
    }

    private static boolean hasLang(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject()).filter(RDFNode::isLiteral)
                .anyMatch(o -> o.asLiteral().getLanguage().equals(lang) && !o.asLiteral().getString().isBlank());
    }

    private static Arguments term(String local, Resource kind) {
        return Arguments.of(local, kind);
    }

    private static Resource value(Field f) {
        try {
            return (Resource) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AIR_DEFENCE → AirDefence, as ArticleMapper names the concepts. */
    static String upperCamel(String constant) {
        StringBuilder b = new StringBuilder();
        for (String part : constant.split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
