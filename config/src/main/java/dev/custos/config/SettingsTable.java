package dev.custos.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The Markdown table that documents a list of settings (key, default, meaning). Docs pages hold it verbatim and tests
 * check that they do, so that a key, a default or a meaning cannot change without its page.
 */
public final class SettingsTable {
    private SettingsTable() {}

    /** The table, header included, one row per setting in the given order, each line ending in a newline. */
    public static String markdown(List<? extends Setting<?>> settings) {
        requireNonNull(settings, "settings is null");
        StringBuilder table = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
        for (Setting<?> setting : settings) {
            table.append("| `")
                    .append(setting.key())
                    .append("` | ")
                    .append(setting.defaultText().map(text -> "`" + text + "`").orElse("none"))
                    .append(" | ")
                    .append(setting.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return table.toString();
    }
}
