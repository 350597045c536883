package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feedback read from a JSON-lines file ({@link FeedbackJson}), handed out in time order as a replay's clock reaches
 * each record's {@code @timestamp} (ties in file order). Blank lines are ignored; malformed lines are reported with
 * their line number and skipped.
 */
public final class FeedbackSchedule {
    private final List<Entry> pending;

    private FeedbackSchedule(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry entry) -> entry.record().at()).thenComparingLong(Entry::line));
        this.pending = sorted;
    }

    /** A schedule with nothing in it. */
    public static FeedbackSchedule empty() {
        return new FeedbackSchedule(List.of());
    }

    /** Reads every line; {@code onMalformed} gets {@code line N: reason} for each bad one. */
    public static FeedbackSchedule read(BufferedReader input, Consumer<String> onMalformed) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(onMalformed, "onMalformed is null");
        List<Entry> entries = new ArrayList<>();
        long number = 0;
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(new Entry(number, FeedbackJson.parse(line)));
            } catch (IllegalArgumentException e) {
                onMalformed.accept("line " + number + ": " + e.getMessage());
            }
        }
        return new FeedbackSchedule(entries);
    }

    /** Removes and returns the records due at {@code now} (timestamp at or before it), in order. */
    public List<Entry> dueBy(Instant now) {
        requireNonNull(now, "now is null");
        int due = 0;
        while (due < pending.size() && !pending.get(due).record().at().isAfter(now)) {
            due++;
        }
        List<Entry> result = List.copyOf(pending.subList(0, due));
        pending.subList(0, due).clear();
        return result;
    }

    /** Removes and returns every record still pending. */
    public List<Entry> drain() {
        List<Entry> result = List.copyOf(pending);
        pending.clear();
        return result;
    }

    /**
     * A record and the line it came from.
     *
     * @param line the 1-based line number
     * @param record the feedback
     */
    public record Entry(long line, FeedbackRecord record) {
        public Entry {
            if (line < 1) {
                throw new IllegalArgumentException("line must be at least 1: " + line);
            }
            requireNonNull(record, "record is null");
        }
    }
}
