package dev.custos.bench;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.IntelLoader;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.simulation.EventStream;
import dev.custos.detect.simulation.OrganisationSimulator;
import dev.custos.detect.simulation.SimulatedOrganisation;
import dev.custos.detect.simulation.SimulationSettings;
import dev.custos.types.EventFields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A simulated organisation's event stream for the detection pipeline benchmarks, split into a warm-up part (which
 * trains the baselines and forests) and a measured part. The warmed pipeline is kept as a checkpoint, so that each
 * measurement starts from the same learned state.
 */
final class PipelineWorkload {
    private final List<String> measuredLines;
    private final List<Event> measuredEvents;
    private final JsonNode warmState;
    private final int warmEvents;
    private final EntityCount entities;

    private PipelineWorkload(
            List<String> measuredLines,
            List<Event> measuredEvents,
            JsonNode warmState,
            int warmEvents,
            EntityCount entities) {
        this.measuredLines = measuredLines;
        this.measuredEvents = measuredEvents;
        this.warmState = warmState;
        this.warmEvents = warmEvents;
        this.entities = entities;
    }

    /**
     * Simulates {@code people} people over {@code days} days, replays every event before the last {@code
     * measuredDays} days into a pipeline (the warm-up) and keeps the rest, at most {@code maxMeasured} events, for
     * measurement.
     */
    static PipelineWorkload build(long seed, int people, int days, int measuredDays, int maxMeasured) {
        if (measuredDays < 1 || measuredDays >= days) {
            throw new IllegalArgumentException("measuredDays must be in 1.." + (days - 1) + ": " + measuredDays);
        }
        SimulationSettings settings = SimulationSettings.of(seed, people, days);
        SimulatedOrganisation organisation = OrganisationSimulator.simulate(settings);
        List<String> lines = EventStream.lines(List.of(organisation.events()));
        Instant measuredFrom = settings.end().minus(Duration.ofDays(measuredDays));
        EventParser parser = new EventParser();
        DetectionPipeline pipeline = newPipeline();
        List<String> measuredLines = new ArrayList<>();
        List<Event> measuredEvents = new ArrayList<>();
        EntityCount entities = new EntityCount();
        int warm = 0;
        for (int i = 0; i < lines.size() && measuredEvents.size() < maxMeasured; i++) {
            Event event = parse(parser, lines.get(i), i + 1);
            entities.add(event);
            if (event.timestamp().isBefore(measuredFrom)) {
                pipeline.process(event);
                warm++;
            } else {
                measuredLines.add(lines.get(i));
                measuredEvents.add(event);
            }
        }
        return new PipelineWorkload(
                List.copyOf(measuredLines), List.copyOf(measuredEvents), pipeline.checkpoint(), warm, entities);
    }

    /** The standard pipeline with the bundled screening lists and default forest settings. */
    static DetectionPipeline newPipeline() {
        return DetectionPipeline.standard(IntelLoader.defaults(), ForestSettings.DEFAULT);
    }

    /** A fresh pipeline holding the warmed-up state. */
    DetectionPipeline warmedPipeline() {
        DetectionPipeline pipeline = newPipeline();
        pipeline.restore(warmState);
        return pipeline;
    }

    static Event parse(EventParser parser, String line, long lineNumber) {
        return switch (parser.parse(line, lineNumber)) {
            case ParsedLine.Parsed parsed -> parsed.event();
            case ParsedLine.Blank blank -> throw new IllegalStateException("blank simulated line " + lineNumber);
            case ParsedLine.Malformed bad -> throw new IllegalStateException("bad simulated line: " + bad.line());
        };
    }

    List<String> measuredLines() {
        return measuredLines;
    }

    List<Event> measuredEvents() {
        return measuredEvents;
    }

    int warmEvents() {
        return warmEvents;
    }

    EntityCount entities() {
        return entities;
    }

    /** Distinct users, hosts, devices and wallets named by the events. */
    static final class EntityCount {
        final Set<String> users = new HashSet<>();
        final Set<String> hosts = new HashSet<>();
        final Set<String> devices = new HashSet<>();
        final Set<String> wallets = new HashSet<>();

        void add(Event event) {
            requireNonNull(event, "event is null");
            event.userName().ifPresent(users::add);
            event.text(EventFields.USER_TARGET_NAME).ifPresent(users::add);
            event.text(EventFields.HOST_NAME).ifPresent(hosts::add);
            event.text(EventFields.DEVICE_ID).ifPresent(devices::add);
            event.text(EventFields.WALLET_ID).ifPresent(wallets::add);
        }

        int total() {
            return users.size() + hosts.size() + devices.size() + wallets.size();
        }

        @Override
        public String toString() {
            return total() + " entities (" + users.size() + " users, " + hosts.size() + " hosts, " + devices.size()
                    + " devices, " + wallets.size() + " wallets)";
        }
    }
}
