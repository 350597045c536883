package dev.custos.watch.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes events as JSON lines (docs/EVENTS.md): appended to a file, forced to disk before the checkpoint moves past
 * them, or to a stream (standard output), flushed.
 */
public final class JsonLinesSink implements EventSink, Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputStream out;
    private final Optional<FileChannel> file;

    private JsonLinesSink(OutputStream out, Optional<FileChannel> file) {
        this.out = out;
        this.file = file;
    }

    /** Appends to {@code path} (created if missing). */
    public static JsonLinesSink appendingTo(Path path) throws IOException {
        Objects.requireNonNull(path, "path is null");
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new JsonLinesSink(Channels.newOutputStream(channel), Optional.of(channel));
    }

    /** Writes to {@code out} (not closed by {@link #close()}). */
    public static JsonLinesSink writingTo(OutputStream out) {
        return new JsonLinesSink(Objects.requireNonNull(out, "out is null"), Optional.empty());
    }

    @Override
    public synchronized void deliver(List<ObjectNode> events) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (ObjectNode event : events) {
            lines.append(JSON.writeValueAsString(event)).append('\n');
        }
        out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (file.isPresent()) {
            file.get().force(false);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (file.isPresent()) {
            file.get().close();
        } else {
            out.flush();
        }
    }
}
