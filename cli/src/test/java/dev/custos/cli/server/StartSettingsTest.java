package dev.custos.cli.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.config.SettingsTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartSettingsTest {
    /** Every key and its default, as docs/SERVER.md lists them: a new key must be added here and there. */
    private static final List<String> DEFAULTS = List.of(
            "server.data=none",
            "server.listen=127.0.0.1:8080",
            "server.database-url=none",
            "server.database-user=custos",
            "server.database-password-file=none",
            "server.database-max-connections=8",
            "relay.listen=none",
            "coordinator.data=none",
            "coordinator.key-file=none",
            "coordinator.passphrase-file=none",
            "committee.file=none",
            "signing.threshold=2",
            "policy.admin-key-files=none",
            "jobs.timeout=30s",
            "jobs.attempts=3",
            "jobs.presignature-pool=4",
            "server.approval-window=1d",
            "server.audit-origin=custos/audit",
            "server.console-origin=none",
            "server.tls-certificate-file=none",
            "server.tls-key-file=none");

    @Test
    void everyKeyWithItsDefault() {
        assertThat(StartSettings.KEYS.stream()
                        .map(setting ->
                                setting.key() + "=" + setting.defaultText().orElse("none"))
                        .toList())
                .isEqualTo(DEFAULTS);
    }

    @Test
    void keysAreDocumentedInServerMd() throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/docs/SERVER.md")) {
            assertThat(in).as("docs/SERVER.md on the test classpath").isNotNull();
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page).contains(SettingsTable.markdown(StartSettings.KEYS));
    }

    @Test
    void theRequiredKeysGivenTheRestIsDefault() {
        StartSettings settings = StartSettings.from(SettingValues.of(required()));
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.coordinatorKeyFile()).contains(Path.of("c.key"));
        assertThat(settings.policyAdminKeys()).containsExactly(Path.of("a.key"), Path.of("b.key"));
        assertThat(settings.jobTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.approvalWindow()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void tlsNeedsBothFilesAndTheConsoleOrigin() {
        Map<String, String> values = required();
        values.put("server.tls-certificate-file", "chain.pem");
        assertThatThrownBy(() -> StartSettings.from(SettingValues.of(values)))
                .hasMessageContaining("give both server.tls-certificate-file and server.tls-key-file, or neither");
        values.put("server.tls-key-file", "key.pem");
        assertThatThrownBy(() -> StartSettings.from(SettingValues.of(values)))
                .hasMessageContaining("server.console-origin is required with TLS");
        values.put("server.console-origin", "https://custody.example.com");
        assertThat(StartSettings.from(SettingValues.of(values)).tls())
                .hasValueSatisfying(tls -> assertThat(tls.privateKey()).isEqualTo(Path.of("key.pem")));
    }

    @Test
    void badValuesNameTheirKey() {
        for (Setting<?> key : List.of(
                StartSettings.DATA,
                StartSettings.RELAY_LISTEN,
                StartSettings.COORDINATOR_DATA,
                StartSettings.COMMITTEE_FILE,
                StartSettings.POLICY_ADMIN_KEYS)) {
            Map<String, String> values = required();
            values.remove(key.key());
            assertThatThrownBy(() -> StartSettings.from(SettingValues.of(values)))
                    .hasMessage(key.key() + " is required");
        }
        assertThatThrownBy(() -> StartSettings.from(SettingValues.of(with("policy.admin-key-files", "a.key,,b.key"))))
                .hasMessageContaining("policy.admin-key-files: an empty path");
        assertThatThrownBy(() -> StartSettings.from(SettingValues.of(with("signing.threshold", "1"))))
                .hasMessageContaining("signing.threshold: must be at least 2, got 1");
        assertThatThrownBy(() -> StartSettings.from(SettingValues.of(with("server.database-max-connections", "65"))))
                .hasMessageContaining("server.database-max-connections: must be 1 to 64, got 65");
        assertThatThrownBy(() -> StartSettings.from(SettingValues.of(with("jobs.timeout", "soon"))))
                .hasMessageContaining("jobs.timeout");
        Map<String, String> neither = required();
        neither.remove("coordinator.key-file");
        assertThatThrownBy(() -> StartSettings.from(SettingValues.of(neither)))
                .hasMessageContaining("give exactly one of coordinator.key-file and coordinator.passphrase-file");
        assertThat(StartSettings.from(SettingValues.of(with("server.database-url", "jdbc:postgresql://db/custos")))
                        .databaseUrl())
                .isEqualTo(Optional.of("jdbc:postgresql://db/custos"));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> values = required();
        values.put(key, value);
        return values;
    }

    private static Map<String, String> required() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("server.data", "data");
        values.put("relay.listen", "0.0.0.0:7443");
        values.put("coordinator.data", "coordinator");
        values.put("coordinator.key-file", "c.key");
        values.put("committee.file", "committee.bin");
        values.put("policy.admin-key-files", "a.key, b.key");
        return values;
    }
}
