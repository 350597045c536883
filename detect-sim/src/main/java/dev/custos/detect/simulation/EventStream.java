package dev.custos.detect.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Serialises simulated events as ECS lines in event-time order, numbering {@code event.id} in that order. */
public final class EventStream {
    private EventStream() {}

    /** The events of all parts, merged in event-time order, one JSON object per line. */
    public static List<String> lines(List<List<SimulatedEvent>> parts) {
        List<SimulatedEvent> all = new ArrayList<>();
        for (List<SimulatedEvent> part : parts) {
            all.addAll(part);
        }
        all.sort(SimulatedEvent.ORDER);
        List<String> lines = new ArrayList<>(all.size());
        long number = 0;
        for (SimulatedEvent event : all) {
            ObjectNode node = event.fields().deepCopy();
            node.put("event.id", String.format(Locale.ROOT, "evt-%08d", ++number));
            lines.add(node.toString());
        }
        return lines;
    }

    /** Writes lines, each followed by a newline. */
    public static void write(List<String> lines, Writer writer) {
        try {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
