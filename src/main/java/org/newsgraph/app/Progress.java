package org.newsgraph.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a long conversion on a terminal ("newsgraph load: 120/1000 articles, 85.0/s, ETA 0:10"),
 * redrawn in place at most four times a second; when the output is not a terminal it writes nothing.
 */
public final class Progress {

    /** The total of a run whose count is known only at its end (a JSON Lines file or a web archive read as it goes). */
    public static final int UNKNOWN = -1;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String command;
    private final int total;
    private final boolean shown;
    private final LongSupplier clock;
    private final long start;
    private long drawn;
    private int done;
    private int width;

    Progress(PrintWriter err, String command, int total, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.command = command;
        this.total = total;
        this.shown = terminal && (total > 1 || total == UNKNOWN);
        this.clock = clock;
        this.start = clock.getAsLong();
        this.drawn = start;
    }

    /** A progress line on {@code err} when newsgraph runs on a terminal ({@code System.console()} is there). */
    public static Progress of(PrintWriter err, String command, int total) {
        return new Progress(err, command, total, System.console() != null, System::nanoTime);
    }

    /** One more article done, converted or not. */
    public synchronized void step() {
        done++;
        long now = clock.getAsLong();
        if (shown && now - drawn >= REDRAW_NANOS) {
            drawn = now;
            String text = line(command, done, total, now - start);
            err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            err.flush();
            width = text.length();
        }
    }

    /** Prints a message on a line of its own, above the progress line. */
    public synchronized void message(String text) {
        clear();
        err.println(text);
        err.flush();
    }

    /** Removes the progress line, so what comes next starts on a clean line. */
    public synchronized void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    /** The line: articles done of the total, the rate so far and the time left at that rate; without a total, no time left. */
    static String line(String command, int done, int total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (total == UNKNOWN) {
            return String.format(Locale.ROOT, "newsgraph %s: %d articles, %.1f/s", command, done, rate);
        }
        String eta = rate > 0 ? clock(Math.round((total - done) / rate)) : "?";
        return String.format(Locale.ROOT, "newsgraph %s: %d/%d articles, %.1f/s, ETA %s", command, done, total, rate, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
