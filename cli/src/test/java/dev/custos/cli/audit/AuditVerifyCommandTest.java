package dev.custos.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.audit.note.NoteSigner;
import dev.custos.cli.CliRun;
import dev.custos.server.audit.AuditKey;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyCommandTest {
    @TempDir
    Path data;

    @Test
    void intactLog_exitsZeroWithASummary() throws Exception {
        writeLog(4);
        CliRun run = CliRun.of("audit", "verify", "--data", data.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"intact\":true,\"entries\":4,\"checkpoints\":4,");
    }

    @Test
    void tamperedLog_exitsOneNamingTheFirstBadEntry() throws Exception {
        writeLog(4);
        try (Database database = Database.open(DatabaseSettings.sqlite(data.resolve("custos.db")))) {
            database.inTransaction(connection -> {
                try (PreparedStatement update =
                        connection.prepareStatement("UPDATE audit_entries SET entry = ? WHERE entry_index = 1")) {
                    update.setBytes(1, "{}".getBytes(StandardCharsets.UTF_8));
                    return update.executeUpdate();
                }
            });
        }
        CliRun run = CliRun.of("audit", "verify", "--data", data.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"intact\":false").contains("\"first_bad_entry\":1");
    }

    @Test
    void badInput_exitsTwo() {
        CliRun missing = CliRun.of("audit", "verify");
        assertThat(missing.exitCode()).isEqualTo(2);
        CliRun noKey = CliRun.of(
                "audit",
                "verify",
                "--api",
                "http://127.0.0.1:1/v1",
                "--token-file",
                data.resolve("t").toString());
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("--api needs --log-key FILE");
        CliRun noData =
                CliRun.of("audit", "verify", "--data", data.resolve("none").toString());
        assertThat(noData.exitCode()).isEqualTo(1);
        assertThat(noData.err()).contains("holds no server database (custos.db)");
    }

    private void writeLog(int entries) throws Exception {
        NoteSigner key = AuditKey.loadOrCreate(data.resolve("server"), "custos.test/audit", new SecureRandom());
        try (Database database = Database.open(DatabaseSettings.sqlite(data.resolve("custos.db")))) {
            AuditTrail trail = AuditTrail.open(database, key, List.of(), Clock.systemUTC());
            for (int i = 0; i < entries; i++) {
                trail.record("tester", "test.event", "s" + i, Map.of());
            }
        }
    }
}
