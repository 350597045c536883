package dev.custos.detect.command;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.Event;
import dev.custos.types.EventFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command reduced to what stays the same between runs: the process name (lower case, without its path) and the
 * shape of its first argument. A plain word is kept (a subcommand such as {@code get} or {@code run}); a URL becomes
 * {@code <url>}, a path {@code <path>}, anything else (ids, hashes, numbers) {@code <arg>}; flags are skipped. A pipe
 * into a shell is kept as {@code |sh}. So {@code kubectl 3fa9c1} and {@code kubectl 77b2e0} are the same token,
 * {@code kubectl get secrets} another.
 *
 * @param process the process name, lower case
 * @param shape the argument shape, empty when there is none
 */
public record CommandToken(String process, String shape) {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z_-]{1,23}");
    private static final Pattern HEX_LIKE = Pattern.compile("[a-f]{4,}");
    private static final Pattern PIPE_TO_SHELL = Pattern.compile("\\|\\s*(sudo\\s+)?(ba|z|da)?sh\\b");

    public CommandToken {
        requireNonNull(process, "process is null");
        requireNonNull(shape, "shape is null");
        if (process.isBlank()) {
            throw new IllegalArgumentException("process is blank");
        }
    }

    /** The token of a process event, when it names a process. */
    public static Optional<CommandToken> of(Event event) {
        requireNonNull(event, "event is null");
        return event.text(EventFields.PROCESS_NAME)
                .map(CommandToken::processName)
                .filter(name -> !name.isBlank())
                .map(name -> new CommandToken(
                        name, shape(event.text(EventFields.PROCESS_COMMAND_LINE).orElse(""), name)));
    }

    /** A process name without its directory, lower case. */
    public static String processName(String raw) {
        String trimmed = raw.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    static String shape(String commandLine, String process) {
        String lower = commandLine.strip().toLowerCase(Locale.ROOT);
        String argument = "";
        int start = 0;
        boolean first = true;
        while (start < lower.length()) {
            int end = start;
            while (end < lower.length() && !isSeparator(lower.charAt(end))) {
                end++;
            }
            String word = lower.substring(start, end);
            boolean isProcess = first && processName(word).equals(process);
            first = false;
            if (!isProcess && !word.isEmpty() && !word.startsWith("-") && !word.startsWith("|")) {
                argument = classify(word);
                break;
            }
            start = end;
            while (start < lower.length() && isSeparator(lower.charAt(start))) {
                start++;
            }
        }
        boolean pipe = lower.indexOf('|') >= 0 && PIPE_TO_SHELL.matcher(lower).find();
        return argument + (pipe ? "|sh" : "");
    }

    /** The characters of the regular expression class {@code \s}, which separate words. */
    private static boolean isSeparator(char character) {
        return character == ' '
                || character == '\t'
                || character == '\n'
                || character == '\u000B'
                || character == '\f'
                || character == '\r';
    }

    private static String classify(String word) {
        if (word.contains("://")) {
            return "<url>";
        }
        if (word.contains("/") || word.contains("\\") || word.startsWith("~")) {
            return "<path>";
        }
        if (WORD.matcher(word).matches() && !HEX_LIKE.matcher(word).matches()) {
            return word;
        }
        return "<arg>";
    }

    /** {@code process shape}, e.g. {@code curl <url>|sh}. */
    public String label() {
        if (shape.isEmpty()) {
            return process;
        }
        return shape.startsWith("|") ? process + shape : process + " " + shape;
    }

    @Override
    public String toString() {
        return label();
    }
}
