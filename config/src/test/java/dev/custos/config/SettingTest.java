package dev.custos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingTest {
    private static final Setting<Duration> TIMEOUT =
            Setting.duration("demo.request-timeout", Duration.ofSeconds(30), "How long a request may wait.");

    @Test
    void duration_readsEachUnit_andWritesTheShortestExactForm() {
        assertThat(TIMEOUT.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(TIMEOUT.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(TIMEOUT.parse(" 5m ")).isEqualTo(Duration.ofMinutes(5));
        assertThat(TIMEOUT.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(TIMEOUT.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(TIMEOUT.formatter().apply(Duration.ofSeconds(300))).isEqualTo("5m");
        assertThat(TIMEOUT.formatter().apply(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(TIMEOUT.formatter().apply(Duration.ZERO)).isEqualTo("0s");
        assertThat(TIMEOUT.defaultText()).contains("30s");
    }

    @Test
    void parse_badText_throwsNamingTheKey() {
        assertThatThrownBy(() -> TIMEOUT.parse("30 seconds"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("demo.request-timeout: not a duration");
        assertThatThrownBy(() ->
                        Setting.integer("demo.queue-capacity", 1, "Queue.").parse("many"))
                .hasMessage("demo.queue-capacity: not a whole number: many");
        assertThatThrownBy(
                        () -> Setting.flag("demo.insecure", false, "Insecure.").parse("yes"))
                .hasMessage("demo.insecure: not true or false: yes");
        assertThatThrownBy(() -> Setting.text("demo.topic", "Topic.").parse("  "))
                .hasMessage("demo.topic: is blank");
    }

    @Test
    void constructor_badKeyOrNoDescription_isRefused() {
        assertThatThrownBy(() -> Setting.integer("Demo.Queue", 1, "Queue."))
                .hasMessageContaining("dotted lowercase words");
        assertThatThrownBy(() -> Setting.integer("demo..queue", 1, "Queue.")).hasMessageContaining("demo..queue");
        assertThatThrownBy(() -> Setting.integer("demo.queue", 1, " ")).hasMessageContaining("no description");
    }

    @Test
    void table_listsKeyDefaultAndMeaning_noneWithoutDefault() {
        String table = SettingsTable.markdown(
                java.util.List.of(TIMEOUT, Setting.path("demo.state-file", "Where state is kept | saved.")));

        assertThat(table)
                .isEqualTo("| key | default | meaning |\n|---|---|---|\n"
                        + "| `demo.request-timeout` | `30s` | How long a request may wait. |\n"
                        + "| `demo.state-file` | none | Where state is kept \\| saved. |\n");
    }

    @Test
    void path_hasNoDefault() {
        assertThat(Setting.path("demo.state-file", "State.").parse("a/b.json")).isEqualTo(Path.of("a/b.json"));
        assertThat(Setting.path("demo.state-file", "State.").defaultText()).isEmpty();
    }
}
