package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.Vocab;

/**
 * The gazetteer completed with the English world data (lang/en/countries, capitals, places) has the nodes the
 * Italian completion has: "Mosca" in an Italian article and "Moscow" in an English one are one IRI.
 */
class EnglishWorldDataTest {

    private static final Model ITALIAN = WorldData.complete(curated(), "it");
    private static final Model ENGLISH = WorldData.complete(curated(), "en");

    static Stream<Resource> types() {
        return Stream.of(Vocab.Country, Vocab.Place);
    }

    @ParameterizedTest
    @MethodSource("types")
    void englishNodesAreItalianNodes(Resource type) {
        Set<String> english = iris(ENGLISH, type);
        english.removeAll(iris(ITALIAN, type));
        assertEquals(Set.of(), english);
    }

    /** A type and the nodes of it that only the Italian data names: English leaves out names that are common words. */
    record OnlyItalian(Resource type, Set<String> ids) {
    }

    static Stream<OnlyItalian> onlyItalian() {
        return Stream.of(new OnlyItalian(Vocab.Country, Set.of()),
                new OnlyItalian(Vocab.Place, Set.of(Vocab.DEFAULT_BASE + "place/nice")));
    }

    @ParameterizedTest
    @MethodSource("onlyItalian")
    void englishDataNamesTheItalianNodes(OnlyItalian o) {
        Set<String> italian = iris(ITALIAN, o.type());
        italian.removeAll(iris(ENGLISH, o.type()));
        assertEquals(o.ids(), italian);
    }

    /** An English name and the node it names; the Italian completion gives the node its Italian label. */
    record Named(String english, String id) {
    }

    static Stream<Named> names() {
        return Stream.of(
                new Named("Moscow", "place/moscow"),
                new Named("Kyiv", "place/kyiv"),
                new Named("Beijing", "place/beijing"),
                new Named("The Hague", "place/the-hague"),
                new Named("Kharkov", "place/kharkiv"),
                new Named("North Korea", "country/north-korea"),
                new Named("Burma", "country/myanmar"),
                new Named("Ivory Coast", "country/ivory-coast"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void anEnglishNameIsTheNodeOfTheItalianOne(Named n) {
        Resource node = ENGLISH.getResource(Vocab.DEFAULT_BASE + n.id());
        assertTrue(namesOf(node).contains(n.english()), n + " → " + namesOf(node));
        assertTrue(ITALIAN.contains(ITALIAN.getResource(node.getURI()), RDF.type), n.id());
    }

    private static Set<String> namesOf(Resource r) {
        Set<String> names = new TreeSet<>();
        r.listProperties().forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                names.add(s.getLiteral().getLexicalForm());
            }
        });
        return names;
    }

    private static Set<String> iris(Model m, Resource type) {
        Set<String> iris = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> iris.add(r.getURI()));
        return iris;
    }

    private static Model curated() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = WorldData.class.getClassLoader().getResourceAsStream(Gazetteer.RESOURCE)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(Vocab.DEFAULT_BASE).parse(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }
}
