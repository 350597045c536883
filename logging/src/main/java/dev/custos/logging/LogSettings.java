package dev.custos.logging;

import static java.util.Objects.requireNonNull;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.event.Level;

/**
 * Which log events are written.
 *
 * @param level the least severe level written for Custos's own loggers ({@code dev.custos.*})
 * @param libraryLevel the least severe level written for every other logger (the Kafka client, the JDK)
 */
public record LogSettings(Level level, Level libraryLevel) {
    /** {@code log.level}. */
    public static final Setting<Level> LEVEL = level(
            "log.level", Level.INFO, "Least severe level logged by Custos itself: error, warn, info, debug or trace.");
    /** {@code log.library-level}. */
    public static final Setting<Level> LIBRARY_LEVEL = level(
            "log.library-level",
            Level.WARN,
            "Least severe level logged by the libraries and the JDK (the Kafka client, the HTTP server).");
    /** Every key, in the order docs/LOGGING.md lists them. */
    public static final List<Setting<?>> KEYS = List.of(LEVEL, LIBRARY_LEVEL);
    /** The defaults. */
    public static final LogSettings DEFAULT = from(SettingValues.NONE);

    public LogSettings {
        requireNonNull(level, "level is null");
        requireNonNull(libraryLevel, "libraryLevel is null");
    }

    /** The settings given, defaults for the others. */
    public static LogSettings from(SettingValues values) {
        return new LogSettings(values.get(LEVEL), values.get(LIBRARY_LEVEL));
    }

    /**
     * The Kafka client's connection logger: it warns at every reconnect attempt to a broker that does not answer.
     * Custos's Kafka source reports the broker's reachability itself, once per change, so this logger's warnings are
     * written only when the library level is {@code debug} or {@code trace}.
     */
    static final String KAFKA_CONNECTIONS = "org.apache.kafka.clients.NetworkClient";

    /** Whether an event of {@code eventLevel} from {@code logger} is written. */
    public boolean enabled(String logger, Level eventLevel) {
        Level least = logger.startsWith("dev.custos.") ? level : libraryLevel;
        if (logger.equals(KAFKA_CONNECTIONS) && least.toInt() > Level.DEBUG.toInt()) {
            least = Level.ERROR;
        }
        return eventLevel.toInt() >= least.toInt();
    }

    private static Setting<Level> level(String key, Level defaultValue, String description) {
        return Setting.of(
                key,
                Optional.of(defaultValue),
                LogSettings::parseLevel,
                value -> value.name().toLowerCase(Locale.ROOT),
                description);
    }

    private static Level parseLevel(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "error" -> Level.ERROR;
            case "warn" -> Level.WARN;
            case "info" -> Level.INFO;
            case "debug" -> Level.DEBUG;
            case "trace" -> Level.TRACE;
            default -> throw new IllegalArgumentException("not a level (error, warn, info, debug, trace): " + text);
        };
    }
}
