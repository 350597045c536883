package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.output.OutputFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes each alert as one line of JSON in the replay contract's shape ({@code {"type":"alert",...}}). */
public final class NdjsonSink implements AlertSink {
    private final String name;
    private final Writer writer;
    private final boolean closeWriter;

    private NdjsonSink(String name, Writer writer, boolean closeWriter) {
        this.name = requireNonNull(name, "name is null");
        this.writer = requireNonNull(writer, "writer is null");
        this.closeWriter = closeWriter;
    }

    /** A sink writing to a stream it does not own (standard output); closing it only flushes. */
    public static NdjsonSink toStream(String name, PrintStream stream) {
        return new NdjsonSink(name, new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    /** A sink appending to a file, created if absent. */
    public static NdjsonSink appendingTo(Path file) throws IOException {
        requireNonNull(file, "file is null");
        Writer writer = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new NdjsonSink("file", writer, true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        requireNonNull(alert, "alert is null");
        writer.write(OutputFormat.toJson(alert).toString());
        writer.write('\n');
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        if (closeWriter) {
            writer.close();
        } else {
            writer.flush();
        }
    }
}
