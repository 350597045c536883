package dev.custos.detect.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.config.SettingsTable;
import dev.custos.detect.server.security.SharedSecret;
import dev.custos.detect.server.sink.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    /** Every key and its default, as docs/DETECTION-SERVICE.md lists them: a new key must be added here and there. */
    private static final Map<String, String> DEFAULTS = orderedMap(
            "detect.server.listen", "127.0.0.1:8780",
            "detect.server.token-file", "none",
            "detect.server.insecure-no-auth", "false",
            "detect.server.state-file", "none",
            "detect.server.checkpoint-interval", "5m",
            "detect.server.max-body-bytes", "16777216",
            "detect.server.request-timeout", "30s",
            "detect.server.queue-capacity", "1024",
            "detect.server.sink-queue-capacity", "10000",
            "detect.server.webhook.max-attempts", "5",
            "detect.server.webhook.first-backoff", "1s",
            "detect.server.webhook.max-backoff", "30s",
            "detect.server.webhook.timeout", "10s");

    @Test
    void keys_everyKeyWithItsDefault() {
        List<Setting<?>> keys = new ArrayList<>(ServerSettings.KEYS);
        keys.addAll(RetryPolicy.KEYS);
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Setting<?> setting : keys) {
            defaults.put(setting.key(), setting.defaultText().orElse("none"));
        }

        assertThat(defaults).containsExactlyEntriesOf(DEFAULTS);
        assertThat(RetryPolicy.from(SettingValues.NONE)).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void keys_areDocumentedInDetectionServiceMd() throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/docs/DETECTION-SERVICE.md")) {
            assertThat(in).as("docs/DETECTION-SERVICE.md on the test classpath").isNotNull();
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(page).contains(SettingsTable.markdown(ServerSettings.KEYS));
        assertThat(page).contains(SettingsTable.markdown(RetryPolicy.KEYS));
    }

    @Test
    void from_noValuesButAToken_equalsTheSecuredDefaults() {
        SharedSecret token = SharedSecret.of("0123456789abcdef");
        ServerSettings settings =
                ServerSettings.from(SettingValues.of(Map.of("detect.server.token-file", "token")), file -> token);

        assertThat(settings).isEqualTo(ServerSettings.secured(ListenAddress.parse("127.0.0.1:8780"), token));
    }

    @Test
    void from_valuesGiven_areUsed_andBadOnesNameTheKey() {
        ServerSettings settings = ServerSettings.from(
                SettingValues.of(Map.of(
                        "detect.server.insecure-no-auth", "true",
                        "detect.server.listen", "[::1]:0",
                        "detect.server.request-timeout", "2s",
                        "detect.server.state-file", "state.json")),
                file -> {
                    throw new AssertionError("no token file was given");
                });

        assertThat(settings.listen().getAddress().isLoopbackAddress()).isTrue();
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.stateFile()).contains(Path.of("state.json"));
        assertThatThrownBy(() -> ServerSettings.from(
                        SettingValues.of(Map.of("detect.server.listen", "127.0.0.1")), file -> null))
                .hasMessage("detect.server.listen: must be HOST:PORT, e.g. 127.0.0.1:8780: 127.0.0.1");
        assertThatThrownBy(() -> ServerSettings.from(
                        SettingValues.of(
                                Map.of("detect.server.insecure-no-auth", "true", "detect.server.queue-capacity", "0")),
                        file -> null))
                .hasMessageContaining("queue capacities must be positive");
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void noToken_onLoopbackWithInsecureFlag_isAllowed() {
        ServerSettings settings = ServerSettings.insecure(new InetSocketAddress("127.0.0.1", 0));

        assertThat(settings.token()).isEmpty();
    }

    @Test
    void noToken_withoutInsecureFlag_isRefused() {
        ServerSettings secured =
                ServerSettings.secured(new InetSocketAddress("127.0.0.1", 0), SharedSecret.of("0123456789abcdef"));

        assertThatThrownBy(() -> new ServerSettings(
                        secured.listen(),
                        Optional.empty(),
                        false,
                        Optional.empty(),
                        secured.checkpointInterval(),
                        secured.maxBodyBytes(),
                        secured.requestTimeout(),
                        secured.queueCapacity(),
                        secured.sinkQueueCapacity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a bearer token");
    }

    @Test
    void noToken_onAllInterfaces_isRefused() {
        assertThatThrownBy(() -> ServerSettings.insecure(new InetSocketAddress("0.0.0.0", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a loopback address");
    }
}
