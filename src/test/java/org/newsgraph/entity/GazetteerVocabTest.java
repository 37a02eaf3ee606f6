package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.Vocab;

/** The gazetteer reads the very terms the RDF mapper writes: the two copies of each IRI never drift apart. */
class GazetteerVocabTest {

    static Stream<Arguments> terms() {
        return Stream.of(
                Arguments.of("ng:", GazetteerVocab.NG, Vocab.NG),
                Arguments.of("skos:", GazetteerVocab.SKOS, Vocab.SKOS),
                Arguments.of("wd:", GazetteerVocab.WD, Vocab.WD),
                Arguments.of("id base", GazetteerVocab.DEFAULT_BASE, Vocab.DEFAULT_BASE),
                Arguments.of("Person", GazetteerVocab.Person.getURI(), Vocab.Person.getURI()),
                Arguments.of("Organization", GazetteerVocab.Organization.getURI(), Vocab.Organization.getURI()),
                Arguments.of("NewsAgency", GazetteerVocab.NewsAgency.getURI(), Vocab.NewsAgency.getURI()),
                Arguments.of("Country", GazetteerVocab.Country.getURI(), Vocab.Country.getURI()),
                Arguments.of("Place", GazetteerVocab.Place.getURI(), Vocab.Place.getURI()),
                Arguments.of("role", GazetteerVocab.role.getURI(), Vocab.role.getURI()),
                Arguments.of("country", GazetteerVocab.country.getURI(), Vocab.country.getURI()),
                Arguments.of("shortName", GazetteerVocab.shortName.getURI(), Vocab.shortName.getURI()),
                Arguments.of("demonym", GazetteerVocab.demonym.getURI(), Vocab.demonym.getURI()),
                Arguments.of("capital", GazetteerVocab.capital.getURI(), Vocab.capital.getURI()),
                Arguments.of("altLabel", GazetteerVocab.altLabel.getURI(), Vocab.altLabel.getURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terms")
    void namesTheTermTheMapperWrites(String term, String gazetteer, String mapper) {
        assertEquals(mapper, gazetteer);
    }
}
