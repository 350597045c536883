package dev.custos.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.config.SettingsTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class LogSettingsTest {
    @Test
    void keys_everyKeyWithItsDefault() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Setting<?> setting : LogSettings.KEYS) {
            defaults.put(setting.key(), setting.defaultText().orElse("none"));
        }

        assertThat(defaults).containsExactly(Map.entry("log.level", "info"), Map.entry("log.library-level", "warn"));
        assertThat(LogSettings.DEFAULT).isEqualTo(new LogSettings(Level.INFO, Level.WARN));
    }

    @Test
    void keys_areDocumentedInLoggingMd() throws IOException {
        assertThat(page()).contains(SettingsTable.markdown(LogSettings.KEYS));
    }

    @Test
    void from_readsTheLevels_andRefusesAnUnknownOne() {
        LogSettings settings = LogSettings.from(SettingValues.of(Map.of("log.level", "DEBUG")));

        assertThat(settings).isEqualTo(new LogSettings(Level.DEBUG, Level.WARN));
        assertThatThrownBy(() -> LogSettings.from(SettingValues.of(Map.of("log.library-level", "verbose"))))
                .hasMessageStartingWith("log.library-level: not a level");
    }

    @Test
    void kafkaReconnectWarnings_areWrittenOnlyWhenLibrariesLogAtDebug() {
        String kafka = LogSettings.KAFKA_CONNECTIONS;

        assertThat(LogSettings.DEFAULT.enabled(kafka, Level.WARN)).isFalse();
        assertThat(LogSettings.DEFAULT.enabled(kafka, Level.ERROR)).isTrue();
        assertThat(LogSettings.DEFAULT.enabled("org.apache.kafka.clients.consumer.KafkaConsumer", Level.WARN))
                .isTrue();
        assertThat(new LogSettings(Level.INFO, Level.DEBUG).enabled(kafka, Level.WARN))
                .isTrue();
    }

    private static String page() throws IOException {
        try (InputStream in = LogSettingsTest.class.getResourceAsStream("/docs/LOGGING.md")) {
            assertThat(in).as("docs/LOGGING.md on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
