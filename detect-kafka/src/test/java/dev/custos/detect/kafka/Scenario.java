package dev.custos.detect.kafka;

import dev.custos.detect.event.EventLog;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.pipeline.Replay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The detect module's recorded test scenario (four weeks of activity and a Bybit-like attack), in event-time order,
 * and what {@link Replay} makes of it: the reference the Kafka source must match.
 */
final class Scenario {
    private static final Path FILE =
            Path.of("..", "detect", "src", "test", "resources", "scenarios", "bybit-like.ndjson");

    private Scenario() {}

    /** The scenario's lines sorted by {@code @timestamp} (ties in file order), so that read order is event order. */
    static List<String> lines() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
        }
        EventParser parser = new EventParser();
        List<String> sorted =
                new ArrayList<>(lines.stream().filter(line -> !line.isBlank()).toList());
        sorted.sort(Comparator.comparing(line -> timestamp(parser, line)));
        return List.copyOf(sorted);
    }

    static List<byte[]> values(List<String> lines) {
        return lines.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
    }

    static DetectionPipeline pipeline() {
        return DetectionPipeline.standard(AddressIntel.builder().build(), ForestSettings.DEFAULT);
    }

    /** Replay's outputs as JSON text, one per alert or decision. */
    static List<String> replayOutputs(List<String> lines) {
        return replay(lines, pipeline());
    }

    static List<String> replay(List<String> lines, DetectionPipeline pipeline) {
        List<String> outputs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(String.join("\n", lines)))) {
            Replay.run(
                    reader,
                    pipeline,
                    malformed -> {
                        throw new AssertionError("scenario line malformed: " + malformed.describe());
                    },
                    output -> outputs.add(OutputFormat.toJson(output).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outputs;
    }

    /** The order {@link EventLog} uses, so that the lines need no more sorting. */
    private static Instant timestamp(EventParser parser, String line) {
        return switch (parser.parse(line, 1)) {
            case ParsedLine.Parsed parsed -> parsed.event().timestamp();
            default -> throw new AssertionError("scenario line is not an event: " + line);
        };
    }
}
