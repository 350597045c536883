package dev.custos.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.verify.AuditReport;
import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiServer;
import dev.custos.server.api.ApiSettings;
import dev.custos.server.routes.AuditRoutes;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import dev.custos.server.storage.JdbcAuditStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerificationTest {
    @TempDir
    Path data;

    @Test
    void offline_intactLog_verifies() throws Exception {
        writeLog(5);
        AuditReport report = AuditVerification.offline(data);
        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.entries()).isEqualTo(5);
    }

    @Test
    void offline_editedRow_namesTheFirstBadEntry() throws Exception {
        writeLog(5);
        try (Database database = Database.open(DatabaseSettings.sqlite(data.resolve("custos.db")))) {
            database.inTransaction(connection -> {
                try (PreparedStatement update =
                        connection.prepareStatement("UPDATE audit_entries SET entry = ? WHERE entry_index = 3")) {
                    update.setBytes(1, "{\"action\":\"nothing.happened\"}".getBytes(StandardCharsets.UTF_8));
                    return update.executeUpdate();
                }
            });
        }
        AuditReport report = AuditVerification.offline(data);
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadEntry()).hasValue(3);
    }

    @Test
    void offline_folderWithoutAServer_saysSo() {
        assertThatThrownBy(() -> AuditVerification.offline(data.resolve("elsewhere")))
                .isInstanceOf(IOException.class)
                .hasMessageEndingWith("holds no server database (custos.db)");
    }

    @Test
    void remote_readsEveryPageThroughTheApi() throws Exception {
        writeLog(1203);
        try (Database database = Database.open(DatabaseSettings.sqlite(data.resolve("custos.db")))) {
            ApiTokens tokens = new ApiTokens(database, Clock.systemUTC(), new SecureRandom());
            String auditor = tokens.issue("auditor", Set.of(Role.AUDITOR));
            NoteSigner key = AuditKey.loadOrCreate(data.resolve("server"), "unused", new SecureRandom());
            AuditTrail trail = AuditTrail.open(database, key, List.of(), Clock.systemUTC());
            try (ApiServer server = ApiServer.start(
                    "127.0.0.1",
                    0,
                    ApiSettings.defaults(),
                    database,
                    tokens,
                    new AuditRoutes(trail, new JdbcAuditStore(database)).routes(),
                    Clock.systemUTC())) {
                AuditReport report = AuditVerification.remote(
                        URI.create("http://127.0.0.1:" + server.port() + "/v1"),
                        auditor,
                        AuditKey.verifierKey(data.resolve("server")));
                assertThat(report.intact()).as(report.summary()).isTrue();
                assertThat(report.entries()).isEqualTo(1203);
            }
        }
    }

    private void writeLog(int entries) throws Exception {
        NoteSigner key = AuditKey.loadOrCreate(data.resolve("server"), "custos.test/audit", new SecureRandom());
        try (Database database = Database.open(DatabaseSettings.sqlite(data.resolve("custos.db")))) {
            AuditTrail trail = AuditTrail.open(database, key, List.of(), Clock.systemUTC());
            for (int i = 0; i < entries; i++) {
                trail.record("tester", "test.event", "subject-" + i, Map.of("n", i));
            }
        }
    }
}
