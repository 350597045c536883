package dev.custos.server.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseKind;
import dev.custos.server.storage.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A request's simulation is kept in its own table, written with the request and joined when it is read (with the
 * flags of the intent and the simulation together); its broadcast is recorded once. On SQLite and PostgreSQL.
 */
class RequestStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HASH = "0x" + "ab".repeat(32);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void simulation_keptApart_joinedOnRead_survivesUpdates(DatabaseKind kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder))) {
            wallet(database);
            RequestStore store = new RequestStore(database, Clock.systemUTC());
            ObjectNode document = JSON.createObjectNode();
            document.put("chain", "ethereum");
            document.putObject("intent").putArray("flags").add("delegatecall");
            document.set("simulation", JSON.readTree("""
                    {"status":"simulated","simulated_at":"2026-12-07T12:00:00Z","block":{"number":42,"hash":"0x01"},
                     "reverted":false,"wallet_storage_changed":true,"flags":["implementation_change"],"outflows":[]}"""));
            StoredRequest request = new StoredRequest(
                    "req-1", "w-1", "ethereum", "pending_approval", "ivan", Instant.now(), document, 0);

            store.insert(request);
            StoredRequest read = store.find("req-1").orElseThrow();
            store.change("req-1", current -> Optional.of(current.with("denied", current.document())));

            StoredRequest changed = store.find("req-1").orElseThrow();
            assertThat(read.document().at("/simulation/block/number").asLong()).isEqualTo(42);
            assertThat(changed.document().get("simulation")).isEqualTo(document.get("simulation"));
            assertThat(changed.document().get("flags").toString())
                    .isEqualTo("[\"delegatecall\",\"implementation_change\"]");
            assertThat(changed.status()).isEqualTo("denied");
            String row = database.inTransaction(connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                                "SELECT document FROM requests WHERE request_id = 'req-1'");
                        ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertThat(row)
                    .as("the requests row keeps neither the simulation nor the derived flags")
                    .doesNotContain("simulation")
                    .doesNotContain("implementation_change");
            assertThat(store.page(Optional.of("denied"), Optional.of("w-1"), Optional.empty(), 10))
                    .extracting(StoredRequest::id)
                    .containsExactly("req-1");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void broadcast_recordedOnce(DatabaseKind kind) {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder))) {
            wallet(database);
            RequestStore store = new RequestStore(database, Clock.systemUTC());
            ObjectNode document = JSON.createObjectNode();
            document.put("chain", "ethereum");
            store.insert(new StoredRequest("req-2", "w-1", "ethereum", "signed", "ivan", Instant.now(), document, 0));
            Broadcast first = new Broadcast(HASH, Instant.parse("2026-12-07T12:00:00Z"), "ivan", "http://node:8545");

            assertThat(store.recordBroadcast("req-2", first)).isTrue();
            assertThat(store.recordBroadcast(
                            "req-2", new Broadcast(HASH, Instant.parse("2026-12-07T12:05:00Z"), "root", "http://x")))
                    .isFalse();
            assertThat(store.broadcast("req-2")).contains(first);
            assertThat(store.find("req-2")
                            .orElseThrow()
                            .document()
                            .at("/broadcast/tx_hash")
                            .asText())
                    .isEqualTo(HASH);
            assertThat(store.find("req-2")
                            .orElseThrow()
                            .document()
                            .get("simulation")
                            .isNull())
                    .as("an Ethereum request without a kept simulation shows null")
                    .isTrue();
        }
    }

    private static void wallet(Database database) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO wallets (wallet_id, name, scheme, document, created_at)"
                            + " VALUES ('w-1', 'w-1', 'ecdsa-secp256k1', '{}', 0)")) {
                return insert.executeUpdate();
            }
        });
    }
}
