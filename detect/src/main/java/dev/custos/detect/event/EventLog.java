package dev.custos.detect.event;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A recorded event stream, read completely and put in event-time order (ties keep input order), as replay needs.
 *
 * @param events the well-formed events, ordered by {@code @timestamp} then line number
 * @param malformed the skipped lines, in input order
 */
public record EventLog(List<Event> events, List<MalformedLine> malformed) {
    private static final Comparator<Event> EVENT_TIME_ORDER =
            Comparator.comparing(Event::timestamp).thenComparingLong(Event::lineNumber);

    public EventLog {
        events = List.copyOf(events);
        malformed = List.copyOf(malformed);
    }

    /**
     * Reads every line; malformed lines are passed to {@code onMalformed} as they are met and skipped, never fatal.
     */
    public static EventLog read(BufferedReader reader, Consumer<MalformedLine> onMalformed) throws IOException {
        requireNonNull(reader, "reader is null");
        requireNonNull(onMalformed, "onMalformed is null");
        EventParser parser = new EventParser();
        List<Event> events = new ArrayList<>();
        List<MalformedLine> malformed = new ArrayList<>();
        long lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            switch (parser.parse(line, lineNumber)) {
                case ParsedLine.Parsed parsed -> events.add(parsed.event());
                case ParsedLine.Blank blank -> {}
                case ParsedLine.Malformed bad -> {
                    malformed.add(bad.line());
                    onMalformed.accept(bad.line());
                }
            }
        }
        events.sort(EVENT_TIME_ORDER);
        return new EventLog(events, malformed);
    }
}
