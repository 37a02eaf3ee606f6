package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ServeCommandsTest.Run;

/** The loader's and converter's answers to the faults of issue 11, through the real CLI and real files. */
class LoaderHardeningTest {

    @TempDir
    Path dir;

    @Test
    void aConvertThatConvertsNothingLeavesThePreviousOutput() throws IOException {
        Path good = dir.resolve("good.trig");
        Run first = ServeCommandsTest.run("convert", "seeds", "-o", good.toString());
        assertEquals(0, first.code(), first.err());
        byte[] before = Files.readAllBytes(good);

        Run failed = ServeCommandsTest.run("convert", dir.resolve("nonexistent").toString(), "-o", good.toString());
        assertEquals(1, failed.code(), failed.err());
        assertTrue(failed.err().contains("nonexistent: no such file or directory"), failed.err());
        assertTrue(failed.err().contains("no article converted; " + good + " left as it was"), failed.err());
        assertArrayEquals(before, Files.readAllBytes(good), "the previous output is untouched");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
    }
}
