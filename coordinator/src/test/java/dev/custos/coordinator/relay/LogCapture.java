package dev.custos.coordinator.relay;

import static org.assertj.core.api.Assertions.fail;

import dev.custos.logging.JsonLogs;
import dev.custos.logging.LogSettings;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.event.Level;

/** Captures this process's log lines (JSON, one per line) for a test; close to restore stderr. */
final class LogCapture implements AutoCloseable {
    private final StringWriter buffer = new StringWriter();
    private final JsonLogs.Redirection redirection = JsonLogs.writeTo(buffer);

    private final LogSettings previous = JsonLogs.settings();

    LogCapture() {
        JsonLogs.configure(new LogSettings(Level.DEBUG, Level.WARN));
    }

    List<String> lines() {
        synchronized (buffer) {
            return buffer.toString().lines().toList();
        }
    }

    /** Waits (generously) for a line that contains every one of {@code parts}; returns it. */
    String await(String... parts) {
        Predicate<String> matches = line -> {
            for (String part : parts) {
                if (!line.contains(part)) {
                    return false;
                }
            }
            return true;
        };
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines()) {
                if (matches.test(line)) {
                    return line;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("no log line contains " + List.of(parts) + "; lines:\n" + String.join("\n", lines()));
    }

    /** Waits (generously) until at least {@code count} lines contain {@code part}. */
    void awaitCount(int count, String part) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (lines().stream().filter(line -> line.contains(part)).count() < count) {
            if (System.nanoTime() > deadline) {
                fail("fewer than " + count + " log lines contain '" + part + "'; lines:\n"
                        + String.join("\n", lines()));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    @Override
    public void close() {
        JsonLogs.configure(previous);
        redirection.close();
    }
}
