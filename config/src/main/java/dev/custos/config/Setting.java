package dev.custos.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One configuration key: its name, how its text is read, its default (if it has one) and what it means. The settings
 * record that owns it checks the value's range; a setting only checks the form.
 *
 * @param key the name, lowercase words joined by {@code -} in dotted sections ({@code detect.server.request-timeout})
 * @param defaultValue the value when the key is not given; empty when there is none (the key is optional or required,
 *     as its record says)
 * @param parser reads the text form; throws {@link IllegalArgumentException} saying what is wrong with it
 * @param formatter writes a value in the text form the parser reads (the form the docs list the default in)
 * @param description what the setting does, one sentence
 * @param <T> the value's type
 */
public record Setting<T>(
        String key,
        Optional<T> defaultValue,
        Function<String, T> parser,
        Function<T, String> formatter,
        String description) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)*");

    public Setting {
        requireNonNull(key, "key is null");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key must be dotted lowercase words joined by '-': " + key);
        }
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(parser, "parser is null");
        requireNonNull(formatter, "formatter is null");
        requireNonNull(description, "description is null");
        if (description.isBlank()) {
            throw new IllegalArgumentException("setting " + key + " has no description");
        }
    }

    /** A whole number. */
    public static Setting<Integer> integer(String key, int defaultValue, String description) {
        return new Setting<>(key, Optional.of(defaultValue), SettingText::integer, String::valueOf, description);
    }

    /** A whole number that may exceed 32 bits. */
    public static Setting<Long> longInteger(String key, long defaultValue, String description) {
        return new Setting<>(key, Optional.of(defaultValue), SettingText::longInteger, String::valueOf, description);
    }

    /** {@code true} or {@code false}. */
    public static Setting<Boolean> flag(String key, boolean defaultValue, String description) {
        return new Setting<>(key, Optional.of(defaultValue), SettingText::flag, String::valueOf, description);
    }

    /** A duration such as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h} or {@code 1d}. */
    public static Setting<Duration> duration(String key, Duration defaultValue, String description) {
        return new Setting<>(
                key, Optional.of(defaultValue), SettingText::duration, SettingText::formatDuration, description);
    }

    /** A file path, without a default. */
    public static Setting<Path> path(String key, String description) {
        return new Setting<>(key, Optional.empty(), Path::of, Path::toString, description);
    }

    /** Text, with a default. */
    public static Setting<String> text(String key, String defaultValue, String description) {
        return new Setting<>(key, Optional.of(defaultValue), SettingText::nonBlank, text -> text, description);
    }

    /** Text, without a default. */
    public static Setting<String> text(String key, String description) {
        return new Setting<>(key, Optional.empty(), SettingText::nonBlank, text -> text, description);
    }

    /** A value of another type, read and written by the given functions. */
    public static <T> Setting<T> of(
            String key,
            Optional<T> defaultValue,
            Function<String, T> parser,
            Function<T, String> formatter,
            String description) {
        return new Setting<>(key, defaultValue, parser, formatter, description);
    }

    /** The default in its text form, as the docs list it; empty when there is none. */
    public Optional<String> defaultText() {
        return defaultValue.map(formatter);
    }

    /** Reads a value from its text form; the message of a failure names the key. */
    public T parse(String text) {
        requireNonNull(text, "text is null");
        try {
            return requireNonNull(parser.apply(text.strip()), "parser returned null");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }
}
