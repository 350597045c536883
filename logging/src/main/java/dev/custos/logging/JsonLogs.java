package dev.custos.logging;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;

/**
 * Where and at which levels the JSON log lines of this process go: stderr at {@link LogSettings#DEFAULT} until an
 * application says otherwise. One per process, like the SLF4J provider it backs; thread safe, lines never interleave.
 */
public final class JsonLogs {
    private static final MDCAdapter MDC = new BasicMDCAdapter();
    private static final Object LOCK = new Object();

    private static volatile LogSettings settings = LogSettings.DEFAULT;
    private static volatile Clock clock = Clock.systemUTC();
    private static @Nullable Writer output;

    private JsonLogs() {}

    /** Applies these levels from now on. */
    public static void configure(LogSettings newSettings) {
        settings = requireNonNull(newSettings, "newSettings is null");
    }

    /** The levels in force. */
    public static LogSettings settings() {
        return settings;
    }

    /**
     * Writes the lines to {@code writer} (flushed after each line) until the returned handle is closed, which goes back
     * to the previous output (stderr at first). Used by the commands that run a service and by tests.
     */
    public static Redirection writeTo(Writer writer) {
        requireNonNull(writer, "writer is null");
        synchronized (LOCK) {
            Writer previous = output;
            output = writer;
            return () -> {
                synchronized (LOCK) {
                    output = previous;
                }
            };
        }
    }

    /** Timestamps from this clock from now on (tests use a fixed one). */
    public static void useClock(Clock newClock) {
        clock = requireNonNull(newClock, "newClock is null");
    }

    static MDCAdapter mdc() {
        return MDC;
    }

    static boolean enabled(String logger, Level level) {
        return settings.enabled(logger, level);
    }

    /** Writes one event, with the calling thread's MDC under {@code keyValues}. */
    static void write(String logger, Level level, String message, Map<String, String> keyValues, Throwable error) {
        Map<String, String> context = new TreeMap<>();
        Map<String, String> diagnostic = MDC.getCopyOfContextMap();
        if (diagnostic != null) {
            context.putAll(diagnostic);
        }
        context.putAll(keyValues);
        LogLine line = new LogLine(
                clock.instant(),
                level,
                logger,
                Thread.currentThread().getName(),
                message == null ? "" : message,
                new TreeMap<>(context),
                Optional.ofNullable(error));
        String text = line.json() + System.lineSeparator();
        synchronized (LOCK) {
            if (output == null) {
                System.err.print(text);
                System.err.flush();
                return;
            }
            try {
                output.write(text);
                output.flush();
            } catch (IOException e) {
                System.err.print(text);
            }
        }
    }

    /** Ends a {@link #writeTo} redirection. */
    public interface Redirection extends AutoCloseable {
        @Override
        void close();
    }
}
