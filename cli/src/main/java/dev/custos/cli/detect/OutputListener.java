package dev.custos.cli.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.input.BadInputException;
import dev.custos.detect.kafka.MalformedRecord;
import dev.custos.detect.kafka.SourceListener;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.output.PipelineOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes the Kafka source's outputs as text or JSON lines, to stdout or appended to a file that is forced to disk
 * before each checkpoint. Skipped records and warnings are the source's log lines (docs/LOGGING.md), not output.
 */
final class OutputListener implements SourceListener, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintWriter out;
    private final FileChannel file;
    private final boolean json;

    private OutputListener(PrintWriter out, FileChannel file, boolean json) {
        this.out = out;
        this.file = file;
        this.json = json;
    }

    /** Writes to {@code outputFile} (appending) when given, else to {@code out}. */
    static OutputListener open(Path outputFile, PrintWriter out, boolean json) {
        if (outputFile == null) {
            return new OutputListener(out, null, json);
        }
        try {
            FileChannel channel = FileChannel.open(
                    outputFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new OutputListener(null, channel, json);
        } catch (IOException e) {
            throw new BadInputException("cannot open output file " + outputFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void output(PipelineOutput output) {
        String line = json ? jsonLine(output) : OutputFormat.toText(output);
        if (file == null) {
            out.println(line);
            out.flush();
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                file.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output file: " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        if (file == null) {
            out.flush();
            return;
        }
        try {
            file.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the output file to disk: " + e.getMessage(), e);
        }
    }

    @Override
    public void malformed(MalformedRecord record) {
        // Logged by the source, with its topic, partition and offset.
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    private static String jsonLine(PipelineOutput output) {
        try {
            return MAPPER.writeValueAsString(OutputFormat.toJson(output));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
