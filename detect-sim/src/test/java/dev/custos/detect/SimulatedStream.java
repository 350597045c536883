package dev.custos.detect;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.simulation.EventStream;
import dev.custos.detect.simulation.OrganisationSimulator;
import dev.custos.detect.simulation.SimulationSettings;
import java.util.ArrayList;
import java.util.List;

/** A simulated organisation's events, parsed through the real parser, and outputs as replay JSON, for tests. */
public final class SimulatedStream {
    private SimulatedStream() {}

    /** The benign history of {@code people} people over {@code days} days, in event-time order. */
    public static List<Event> events(long seed, int people, int days) {
        List<String> lines =
                EventStream.lines(List.of(OrganisationSimulator.simulate(SimulationSettings.of(seed, people, days))
                        .events()));
        EventParser parser = new EventParser();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (parser.parse(lines.get(i), i + 1) instanceof ParsedLine.Parsed(Event event)) {
                events.add(event);
            }
        }
        return events;
    }

    /** Outputs as the lines {@code custos replay --json} prints. */
    public static List<String> json(List<PipelineOutput> outputs) {
        return outputs.stream()
                .map(output -> OutputFormat.toJson(output).toString())
                .toList();
    }
}
