package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;

/**
 * One generated event before serialisation.
 *
 * @param time its {@code @timestamp}
 * @param sequence the order it was generated in, which breaks ties in time
 * @param fields the ECS fields (dotted names), without {@code event.id}, which is assigned in stream order
 */
public record SimulatedEvent(Instant time, long sequence, ObjectNode fields) {
    /** Event time, then generation order. */
    public static final Comparator<SimulatedEvent> ORDER =
            Comparator.comparing(SimulatedEvent::time).thenComparingLong(SimulatedEvent::sequence);

    public SimulatedEvent {
        requireNonNull(time, "time is null");
        requireNonNull(fields, "fields is null");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence is negative: " + sequence);
        }
    }
}
