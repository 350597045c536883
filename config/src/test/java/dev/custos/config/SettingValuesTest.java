package dev.custos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingValuesTest {
    private static final Setting<Integer> CAPACITY = Setting.integer("demo.queue-capacity", 1024, "Queue size.");
    private static final Setting<String> TOPIC = Setting.text("demo.topic", "Topic.");

    @TempDir
    Path folder;

    @Test
    void get_absentKey_givesTheDefault_andGivenKeyItsValue() {
        assertThat(SettingValues.NONE.get(CAPACITY)).isEqualTo(1024);
        assertThat(SettingValues.of(Map.of("demo.queue-capacity", "8")).get(CAPACITY))
                .isEqualTo(8);
        assertThat(SettingValues.NONE.optional(CAPACITY)).isEmpty();
    }

    @Test
    void get_requiredKeyMissing_throwsNamingIt() {
        assertThatThrownBy(() -> SettingValues.NONE.get(TOPIC)).hasMessage("demo.topic is required");
    }

    @Test
    void with_replacesTheFileValue() {
        SettingValues values =
                SettingValues.of(Map.of("demo.queue-capacity", "8")).with(CAPACITY, "16");

        assertThat(values.get(CAPACITY)).isEqualTo(16);
    }

    @Test
    void requireOnly_unknownKey_isNamed() {
        SettingValues values = SettingValues.of(Map.of("demo.queue-capacty", "8"));

        assertThatThrownBy(() -> values.requireOnly(List.of(CAPACITY, TOPIC)))
                .hasMessage("unknown setting demo.queue-capacty (known: demo.queue-capacity, demo.topic)");
        SettingValues.of(Map.of("demo.topic", "events")).requireOnly(List.of(CAPACITY, TOPIC));
    }

    @Test
    void load_readsAPropertiesFile_andToStringHidesValues() throws IOException {
        Path file = folder.resolve("custos.properties");
        Files.writeString(file, "# comment\ndemo.topic = events\ndemo.queue-capacity=64\n", StandardCharsets.UTF_8);

        SettingValues values = SettingValues.load(file);

        assertThat(values.get(TOPIC)).isEqualTo("events");
        assertThat(values.get(CAPACITY)).isEqualTo(64);
        assertThat(values.keys()).containsExactly("demo.queue-capacity", "demo.topic");
        assertThat(values.toString()).contains("demo.topic").doesNotContain("events");
    }
}
