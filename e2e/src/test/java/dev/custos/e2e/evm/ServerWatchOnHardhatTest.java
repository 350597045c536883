package dev.custos.e2e.evm;

import static dev.custos.e2e.evm.WatchContractsOnHardhatTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.localevm.EvmNode;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.VerdictIssuer;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import dev.custos.server.watch.ChainWatch;
import dev.custos.server.watch.ChainWatchSettings;
import dev.custos.server.watch.DetectionSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher inside the server ({@code watch.*} settings): it follows the node on its own thread and runs what it
 * sees through the server's detection, whose alerts land in the alert store behind {@code /v1/alerts}.
 */
@ExtendWith(HardhatExtension.class)
class ServerWatchOnHardhatTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void ownershipTransferSeenByTheServersWatcher_isAnAlertInTheStore(EvmNode node) throws Exception {
        Address vault = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        Path contracts = Files.writeString(
                data.resolve("contracts.json"),
                "{\"contracts\":[{\"address\":\"" + vault + "\",\"kind\":\"ownable\",\"label\":\"vault\","
                        + "\"wallet\":\"cold-eth\"}]}");
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(DatabaseSettings.sqlite(data.resolve("custos.db")))) {
            AlertStore alerts = new AlertStore(database, clock);
            VerdictIssuer detection = VerdictIssuer.open(data.resolve("detection"), clock);
            Path folder = data.resolve("watch");
            ChainWatch watch = ChainWatch.start(
                    new ChainWatchSettings(node.rpc().endpoint(), contracts, 0, Duration.ofMillis(100)),
                    folder,
                    new DetectionSink(detection, alerts),
                    clock);
            try {
                awaitUntil(() -> Files.exists(folder.resolve("checkpoint.json")));
                Address newOwner = node.accounts().get(9);
                send(
                        node,
                        node.accounts().get(0),
                        vault,
                        Calls.encode("transferOwnership(address newOwner)", Calls.address(newOwner)));

                awaitUntil(() -> !alerts.newest(10).isEmpty());

                List<JsonNode> stored = alerts.newest(10);
                assertThat(stored).anySatisfy(alert -> {
                    assertThat(alert.path("detectors").toString()).contains("governance_change");
                    assertThat(alert.path("severity").asText()).isIn("high", "critical");
                    assertThat(alert.path("summary").asText())
                            .contains(vault.toString().toLowerCase(Locale.ROOT));
                });
            } finally {
                watch.close();
            }
        }
    }

    /** Waits for the watcher's thread (it runs on its own schedule); fails after a generous bound. */
    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the server's watcher did not get there within " + PATIENCE);
            }
            Thread.sleep(50);
        }
    }
}
