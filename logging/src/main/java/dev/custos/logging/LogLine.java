package dev.custos.logging;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.event.Level;

/**
 * One log event as one line of JSON: {@code timestamp} (UTC, milliseconds), {@code level}, {@code logger}, {@code
 * thread}, {@code message}, then {@code context} (the MDC and the event's key-value pairs, when there are any) and
 * {@code error} and {@code stack_trace} (when the event carries an exception).
 *
 * @param time when the event happened
 * @param level its level
 * @param logger the logger's name
 * @param thread the thread that logged it
 * @param message the formatted message
 * @param context named values about what the event concerns (request id, alert id, partition...), sorted by name
 * @param error the exception logged with it, if any
 */
record LogLine(
        Instant time,
        Level level,
        String logger,
        String thread,
        String message,
        SortedMap<String, String> context,
        Optional<Throwable> error) {
    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    LogLine {
        requireNonNull(time, "time is null");
        requireNonNull(level, "level is null");
        requireNonNull(logger, "logger is null");
        requireNonNull(thread, "thread is null");
        requireNonNull(message, "message is null");
        context = new TreeMap<>(requireNonNull(context, "context is null"));
        requireNonNull(error, "error is null");
    }

    /** The JSON object, without a line break. */
    String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("timestamp", TIMESTAMP.format(time));
            json.writeStringField("level", level.name());
            json.writeStringField("logger", logger);
            json.writeStringField("thread", thread);
            json.writeStringField("message", message);
            if (!context.isEmpty()) {
                json.writeObjectFieldStart("context");
                for (Map.Entry<String, String> entry : context.entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            if (error.isPresent()) {
                json.writeStringField("error", error.get().toString());
                json.writeStringField("stack_trace", stackTrace(error.get()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a log line", e);
        }
        return text.toString();
    }

    private static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            error.printStackTrace(writer);
        }
        return trace.toString().stripTrailing();
    }
}
