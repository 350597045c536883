package dev.custos.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.audit.log.AuditException;
import dev.custos.audit.log.AuditLog;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.verify.AuditReport;
import dev.custos.audit.verify.LogVerifier;
import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcAuditStoreTest {
    private static final String ORIGIN = "custos.test/audit";
    private static final NoteSigner LOG_KEY = signer(ORIGIN, 7);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void appendedEntries_surviveReopening_andTheLogContinuesTheSameTree(DatabaseKind kind) throws Exception {
        DatabaseSettings settings = TestDatabases.fresh(kind, folder);
        try (Database database = Database.open(settings)) {
            AuditLog log = AuditLog.open(ORIGIN, LOG_KEY, List.of(), new JdbcAuditStore(database));
            for (int i = 0; i < 5; i++) {
                log.append(entry(i));
            }
        }
        try (Database database = Database.open(settings)) {
            JdbcAuditStore store = new JdbcAuditStore(database);
            assertThat(store.size()).isEqualTo(5);
            assertThat(store.entry(3)).isEqualTo(entry(3));
            assertThat(store.checkpoints()).hasSize(5);
            AuditLog reopened = AuditLog.open(ORIGIN, LOG_KEY, List.of(), store);
            reopened.append(entry(5));
            reopened.consistencyProof(5, 6);

            AuditReport report = verifier().verify(store, store.checkpoints());
            assertThat(report.intact()).as(report.summary()).isTrue();
            assertThat(report.entries()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRowEditedInTheDatabase_isCaughtOnOpen_andByTheVerifier(DatabaseKind kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder))) {
            JdbcAuditStore store = new JdbcAuditStore(database);
            AuditLog log = AuditLog.open(ORIGIN, LOG_KEY, List.of(), store);
            for (int i = 0; i < 4; i++) {
                log.append(entry(i));
            }
            database.inTransaction(connection -> {
                try (PreparedStatement update =
                        connection.prepareStatement("UPDATE audit_entries SET entry = ? WHERE entry_index = 2")) {
                    update.setBytes(1, "tampered".getBytes(StandardCharsets.UTF_8));
                    return update.executeUpdate();
                }
            });

            assertThatThrownBy(() -> AuditLog.open(ORIGIN, LOG_KEY, List.of(), store))
                    .isInstanceOf(AuditException.class)
                    .hasMessageStartingWith("STORE_INCONSISTENT");
            AuditReport report = verifier().verify(store, store.checkpoints());
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBadEntry()).hasValue(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void replaceCheckpoint_unknownSize_isRefused_andEntryOutOfRangeThrows(DatabaseKind kind) {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder))) {
            JdbcAuditStore store = new JdbcAuditStore(database);
            assertThat(store.checkpoint(1)).isEmpty();
            assertThatThrownBy(() -> store.replaceCheckpoint(1, "note"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no checkpoint of size 1");
            assertThatThrownBy(() -> store.entry(0))
                    .isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("audit entry 0 does not exist");
        }
    }

    private static LogVerifier verifier() {
        return new LogVerifier(ORIGIN, LOG_KEY.verifierKey(), List.of(), 0);
    }

    private static byte[] entry(int index) {
        return ("{\"seq\":" + index + ",\"action\":\"request.submitted\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static NoteSigner signer(String name, int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return NoteSigner.fromSeed(name, SecretBytes.copyOf(seed));
    }
}
