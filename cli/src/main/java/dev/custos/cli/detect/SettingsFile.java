package dev.custos.cli.detect;

import dev.custos.cli.input.BadInputException;
import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.logging.JsonLogs;
import dev.custos.logging.LogSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the {@code --config} file of a service command: its keys must be the command's or the logging keys, and the
 * log levels it gives (or the defaults) apply from then on. Bad input names the file and the key.
 */
public final class SettingsFile {
    private SettingsFile() {}

    /** The file's values, or none without {@code --config}; sets the log levels. */
    public static SettingValues load(Path file, List<? extends Setting<?>> keys) {
        SettingValues values = SettingValues.NONE;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("--config not found or not a file: " + file);
            }
            try {
                values = SettingValues.load(file);
            } catch (IOException e) {
                throw new BadInputException("cannot read --config " + file + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--config " + e.getMessage(), e);
            }
        }
        List<Setting<?>> known = new ArrayList<>(keys);
        known.addAll(LogSettings.KEYS);
        try {
            values.requireOnly(known);
            JsonLogs.configure(LogSettings.from(values));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--config " + file + ": " + e.getMessage(), e);
        }
        return values;
    }

    /** Runs {@code read} (which reads settings), turning a bad value into bad input that names its key. */
    public static <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
