package dev.custos.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The text of the settings given to a process, by key: from a properties file, with command-line options put on top.
 * Immutable. A settings record reads its keys through {@link #get} (the default when absent) or {@link #optional};
 * the process checks with {@link #requireOnly} that no unknown key (a typo) was given.
 */
public final class SettingValues {
    /** No values: every setting takes its default. */
    public static final SettingValues NONE = new SettingValues(new TreeMap<>());

    private final SortedMap<String, String> values;

    private SettingValues(SortedMap<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** The given key/value texts. */
    public static SettingValues of(Map<String, String> values) {
        requireNonNull(values, "values is null");
        SortedMap<String, String> copy = new TreeMap<>();
        values.forEach((key, value) -> copy.put(
                requireNonNull(key, "setting key is null"), requireNonNull(value, "value of " + key + " is null")));
        return new SettingValues(copy);
    }

    /** Reads a properties file (UTF-8, {@code key = value} lines, {@code #} comments). */
    public static SettingValues load(Path file) throws IOException {
        requireNonNull(file, "file is null");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a properties file: " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key, properties.getProperty(key));
        }
        return of(values);
    }

    /** These values with {@code key} set to {@code text} (replacing a value from the file). */
    public SettingValues with(Setting<?> setting, String text) {
        requireNonNull(setting, "setting is null");
        requireNonNull(text, "text is null");
        SortedMap<String, String> copy = new TreeMap<>(values);
        copy.put(setting.key(), text);
        return new SettingValues(copy);
    }

    /** The value of a setting, or its default; a setting without a default must be given. */
    public <T> T get(Setting<T> setting) {
        return optional(setting)
                .or(setting::defaultValue)
                .orElseThrow(() -> new IllegalArgumentException(setting.key() + " is required"));
    }

    /** The value of a setting if it was given (its default is not applied). */
    public <T> Optional<T> optional(Setting<T> setting) {
        requireNonNull(setting, "setting is null");
        return Optional.ofNullable(values.get(setting.key())).map(setting::parse);
    }

    /** Throws naming the first key that is none of {@code known}. */
    public void requireOnly(Collection<? extends Setting<?>> known) {
        requireNonNull(known, "known is null");
        TreeSet<String> names = new TreeSet<>();
        known.forEach(setting -> names.add(setting.key()));
        for (String key : values.keySet()) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException(
                        "unknown setting " + key + " (known: " + String.join(", ", names) + ")");
            }
        }
    }

    /** The keys given, in order. */
    public Collection<String> keys() {
        return values.keySet();
    }

    /** Names the keys but not their values, which may be secrets. */
    @Override
    public String toString() {
        return "SettingValues" + values.keySet();
    }
}
