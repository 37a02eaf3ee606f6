package org.newsgraph.convert;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.ConvertedArticle;

/**
 * Converts articles on one or more threads and hands each result to a single consumer in input order.
 * At most {@code 8 × threads} articles are in flight, so memory stays flat however long the corpus is:
 * a slow writer holds the converters back rather than letting results pile up. With one thread
 * everything runs on the caller's thread. Each worker thread has its own {@link Converter}.
 */
public final class OrderedConversion {

    /** Receives articles in input order, on the caller's thread. */
    public interface Sink {
        void converted(ConvertedArticle article);

        /** An article that could not be converted (unreadable, no text, …); the run goes on. */
        void failed(ArticleInput input, NewsgraphException problem);
    }

    /** Articles handed one at a time, so that a container is read record by record while its file is open. */
    @FunctionalInterface
    public interface Inputs {
        void forEach(Consumer<ArticleInput> each);
    }

    /** How many articles were converted and how many failed. */
    public record Counts(int converted, int failed) {
    }

    private final int threads;
    private final Supplier<Converter> converters;

    public OrderedConversion(int threads, Supplier<Converter> converters) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.converters = converters;
    }

    /** Converts {@code inputs} and feeds {@code sink}; errors other than article problems end the run. */
    public Counts run(List<ArticleInput> inputs, Sink sink) {
        return run(inputs::forEach, sink);
    }

    /**
     * Converts {@code inputs} as they come and feeds {@code sink}: the next input is taken only when there is room in
     * flight, so a reader behind {@code inputs} holds at most that many articles at once.
     */
    public Counts run(Inputs inputs, Sink sink) {
        return threads == 1 ? sequential(inputs, sink) : parallel(inputs, sink);
    }

    private Counts sequential(Inputs inputs, Sink sink) {
        Converter converter = converters.get();
        int[] counts = new int[2];
        inputs.forEach(input -> {
            ConvertedArticle article;
            try {
                article = converter.convert(input);
            } catch (NewsgraphException e) {
                sink.failed(input, e);
                counts[1]++;
                return;
            }
            sink.converted(article);
            counts[0]++;
        });
        return new Counts(counts[0], counts[1]);
    }

    private Counts parallel(Inputs inputs, Sink sink) {
        converters.get(); // fail fast, on the caller's thread, when the converter cannot be built at all
        ThreadLocal<Converter> perThread = ThreadLocal.withInitial(converters);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Pending> inFlight = new ArrayDeque<>();
        int window = 8 * threads;
        int[] counts = new int[2];
        try {
            inputs.forEach(input -> {
                if (inFlight.size() >= window) {
                    deliver(inFlight.removeFirst(), sink, counts);
                }
                inFlight.addLast(new Pending(input, pool.submit(() -> perThread.get().convert(input))));
            });
            while (!inFlight.isEmpty()) {
                deliver(inFlight.removeFirst(), sink, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Counts(counts[0], counts[1]);
    }

    private static void deliver(Pending pending, Sink sink, int[] counts) {
        ConvertedArticle article;
        try {
            article = pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NewsgraphException.failure("conversion interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NewsgraphException problem) {
                sink.failed(pending.input(), problem);
                counts[1]++;
                return;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        sink.converted(article);
        counts[0]++;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "newsgraph-convert-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private record Pending(ArticleInput input, Future<ConvertedArticle> result) {
    }
}
