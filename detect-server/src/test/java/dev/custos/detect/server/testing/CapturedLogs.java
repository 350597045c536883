package dev.custos.detect.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.logging.JsonLogs;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON log lines written while it is open, parsed; closing it sends them back to stderr. */
public final class CapturedLogs implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StringWriter output = new StringWriter();
    private final JsonLogs.Redirection redirection = JsonLogs.writeTo(output);

    /** Every line so far, each one JSON object. */
    public List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.toString().split("\\R")) {
            if (!line.isEmpty()) {
                try {
                    lines.add(MAPPER.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("not a JSON log line: " + line, e);
                }
            }
        }
        return lines;
    }

    @Override
    public void close() {
        redirection.close();
    }
}
