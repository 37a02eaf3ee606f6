package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.document.NewsgraphException;

/** Reading gold files: the seeds' gold and the test gold parse; malformed files fail naming the file and field. */
class GoldReaderTest {

    @Test
    void readsTheSeedsGold() {
        List<GoldArticle> gold = GoldReader.readAll(Path.of("seeds/gold"));
        assertEquals(5, gold.size());
        GoldArticle first = gold.get(0);
        assertEquals("000_4372e71cae4d624a.txt", first.article());
        assertEquals(19, first.actors().size());
        assertTrue(first.actor("South Korea").orElseThrow().optional());
        assertEquals(List.of("Corea del Nord"), first.actor("North Korea").orElseThrow().aliases());
        GoldEvent.MilitarySupport troops = first.events().stream()
                .filter(GoldEvent.MilitarySupport.class::isInstance).map(GoldEvent.MilitarySupport.class::cast)
                .findFirst().orElseThrow();
        assertEquals(10000L, troops.quantity());
        assertEquals("more than", troops.qualifier());
        GoldEvent.Agreement treaty = gold.get(4).events().stream().filter(GoldEvent.Agreement.class::isInstance)
                .map(GoldEvent.Agreement.class::cast).findFirst().orElseThrow();
        assertEquals(List.of("2024-11"), treaty.alsoClaimedSigned());
        assertEquals("2024-11", treaty.ratified());
    }

    @Test
    void readsTheTestGold() {
        GoldArticle a = EvalFixtures.gold().get(0);
        assertEquals("a1.txt", a.article());
        assertEquals(6, a.events().size());
        GoldEvent.Agreement pact = (GoldEvent.Agreement) a.events().stream()
                .filter(e -> e.category() == GoldEvent.Category.AGREEMENTS).findFirst().orElseThrow();
        assertTrue(pact.signatories().isEmpty());
        assertNull(pact.ratified());
        assertFalse(a.events().get(0).optional());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{ \"article\": \"x.txt\", | not valid JSON",
            "{ \"actors\": [] } | article: is required",
            "{ \"article\": \"x.txt\", \"actors\": [{\"name\": \"Roma\", \"type\": \"City\"}] } | actors[0].type: 'City' is not one of",
            "{ \"article\": \"x.txt\", \"actors\": [{\"name\": \"A\", \"type\": \"Person\"}], \"meetings\": [{\"participants\": [\"A\", \"B\"]}] } | meetings[0].participants: 'B' is not the name of an actor",
            "{ \"article\": \"x.txt\", \"actors\": [{\"name\": \"A\", \"type\": \"Person\"}], \"statements\": [{\"speaker\": \"A\", \"quote_start\": \"x\", \"date\": \"10/05/2024\"}] } | statements[0].date: '10/05/2024' is not YYYY",
            "{ \"article\": \"x.txt\", \"actors\": [{\"name\": \"A\", \"type\": \"Country\"}], \"military_support\": [{\"provider\": \"A\", \"recipient\": \"A\", \"what\": \"oil\", \"quantity\": 1.5}] } | military_support[0].quantity: expected a whole number",
            "{ \"article\": \"x.txt\", \"actors\": [{\"name\": \"A\", \"type\": \"Person\"}, {\"name\": \"A\", \"type\": \"Person\"}] } | actor 'A' is listed twice",
            "{ \"article\": \"x.txt\", \"actors\": {} } | actors: expected a list",
    })
    void malformedGoldFailsNamingFileAndField(String json, String message, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.gold.json");
        Files.writeString(file, json);
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> GoldReader.readAll(dir));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(NewsgraphException.FAILURE, e.exitCode());
    }

    @Test
    void aFolderWithoutGoldFails(@TempDir Path dir) {
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> GoldReader.readAll(dir));
        assertTrue(e.getMessage().contains("holds no *.gold.json"), e.getMessage());
    }

    @Test
    void aMissingFolderIsBadUsage(@TempDir Path dir) {
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> GoldReader.readAll(dir.resolve("nope")));
        assertEquals(NewsgraphException.USAGE, e.exitCode());
    }
}
