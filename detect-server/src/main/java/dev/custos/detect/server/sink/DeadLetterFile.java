package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.OutputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * Alerts that could not be delivered, one JSON object per line: {@code {"type":"dead_letter","failed_at","sink",
 * "target","attempts","reason","alert":{...}}}, where {@code alert} is the replay contract's alert object. Shared by
 * all sinks; appends are serialised.
 */
public final class DeadLetterFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    public DeadLetterFile(Path file, Clock clock) {
        this.file = requireNonNull(file, "file is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Path file() {
        return file;
    }

    /** Appends one dead letter and forces it to disk. */
    public synchronized void append(String sink, String target, int attempts, String reason, Alert alert)
            throws IOException {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("type", "dead_letter");
        line.put("failed_at", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        line.put("sink", requireNonNull(sink, "sink is null"));
        line.put("target", requireNonNull(target, "target is null"));
        line.put("attempts", attempts);
        line.put("reason", requireNonNull(reason, "reason is null"));
        line.set("alert", OutputFormat.toJson(requireNonNull(alert, "alert is null")));
        Files.writeString(
                file,
                line + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.SYNC);
    }
}
