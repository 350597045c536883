package dev.custos.cli.input;

import dev.custos.logging.JsonLogs;
import dev.custos.logging.LogSettings;
import java.util.Locale;
import org.slf4j.event.Level;
import picocli.CommandLine.Option;

/** {@code --log-level}: the least severe level Custos logs (docs/LOGGING.md), for the commands that run a service. */
public final class LogLevelOption {
    @Option(
            names = "--log-level",
            paramLabel = "LEVEL",
            defaultValue = "info",
            description = "Least severe level logged (JSON lines on stderr): error, warn, info, debug or trace."
                    + " Default: ${DEFAULT-VALUE}.")
    private String level;

    /** Applies the level; bad input names the option. */
    public void apply() {
        Level parsed = switch (level.toLowerCase(Locale.ROOT)) {
            case "error" -> Level.ERROR;
            case "warn" -> Level.WARN;
            case "info" -> Level.INFO;
            case "debug" -> Level.DEBUG;
            case "trace" -> Level.TRACE;
            default ->
                throw new BadInputException("--log-level: not a level (error, warn, info, debug, trace): " + level);
        };
        JsonLogs.configure(new LogSettings(parsed, JsonLogs.settings().libraryLevel()));
    }
}
