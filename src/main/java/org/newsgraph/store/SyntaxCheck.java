package org.newsgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.newsgraph.document.NewsgraphException;

/**
 * Parses RDF files to a discarding sink on a thread of its own, so a load can start at once and still
 * commit only files that parse to the end. Parsing alone runs many times faster than loading, so the
 * check is far ahead and a bad file stops the load early.
 */
final class SyntaxCheck {

    private final CompletableFuture<Void> parsed;

    private SyntaxCheck(CompletableFuture<Void> parsed) {
        this.parsed = parsed;
    }

    static SyntaxCheck start(List<Path> files, JsonLdContexts contexts) {
        return new SyntaxCheck(CompletableFuture.runAsync(
                () -> files.forEach(f -> GraphBatch.parse(f, StreamRDFLib.sinkNull(), contexts)), SyntaxCheck::daemon));
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "newsgraph-syntax-check");
        t.setDaemon(true);
        t.start();
    }

    /** Throws the check's error if it has already failed; returns at once otherwise. */
    void failIfFailed() {
        if (parsed.isCompletedExceptionally()) {
            await();
        }
    }

    /** Waits for the check to end; throws its error if a file did not parse. */
    void await() {
        try {
            parsed.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NewsgraphException problem) {
                throw problem;
            }
            throw NewsgraphException.failure("syntax check failed: " + e.getCause(), e.getCause());
        }
    }
}
