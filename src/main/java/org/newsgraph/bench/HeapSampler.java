package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap in use, sampled every few milliseconds on a daemon thread. "Used" includes garbage not yet
 * collected, so the figure is an upper bound on what the work needs; run with {@code -Xmx512m} to check
 * that the work fits.
 */
public final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    public HeapSampler() {
        thread = new Thread(this::sample, "newsgraph-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Starts a new phase: the peak so far is forgotten. */
    public void reset() {
        peak.set(memory.getHeapMemoryUsage().getUsed());
    }

    /** The highest heap use seen since the last {@link #reset()}, in bytes. */
    public long peak() {
        return peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
