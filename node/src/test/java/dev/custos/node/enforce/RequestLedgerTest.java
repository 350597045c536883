package dev.custos.node.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policy.velocity.PastRequest;
import dev.custos.types.UsdAmount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLedgerTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path folder;

    private static SpendRecord spend(String id, int hashByte, Instant at, String usd) {
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) hashByte);
        return new SpendRecord(id, hash, new PastRequest(at, "hot-eth", "alice", "0x11", UsdAmount.parse(usd)));
    }

    private static double walletTotal(RequestLedger ledger, String deciding) {
        Map<String, Object> variables =
                ledger.velocity(deciding).variables(new PastRequest(NOW, "hot-eth", "alice", "0x11", UsdAmount.ZERO));
        return (double) variables.get("velocity.wallet.amount_usd_24h");
    }

    @Test
    void recordsSurviveAReopenAndARetryIsNeitherRecordedNorCountedTwice() throws IOException {
        RequestLedger ledger = RequestLedger.open(folder, NOW);
        assertThat(ledger.record(spend("r-1", 1, NOW.minusSeconds(60), "100.5")))
                .isTrue();
        assertThat(ledger.record(spend("r-2", 2, NOW.minusSeconds(30), "50"))).isTrue();
        assertThat(ledger.record(spend("r-2", 2, NOW, "50"))).isFalse();

        RequestLedger reopened = RequestLedger.open(folder, NOW);
        assertThat(reopened.spend("r-1")).contains(spend("r-1", 1, NOW.minusSeconds(60), "100.5"));
        assertThat(walletTotal(reopened, "r-3")).isEqualTo(150.5);
        assertThat(walletTotal(reopened, "r-2")).isEqualTo(100.5);
    }

    @Test
    void aRequestIdNamesOnePayload() throws IOException {
        RequestLedger ledger = RequestLedger.open(folder, NOW);
        ledger.record(spend("r-1", 1, NOW, "1"));
        assertThatThrownBy(() -> ledger.record(spend("r-1", 9, NOW, "1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("request id 'r-1' was decided before for another wallet or payload");
        byte[] hash = new byte[32];
        ledger.firstSeen("r-5", hash, NOW);
        hash[0] = 1;
        assertThatThrownBy(() -> ledger.firstSeen("r-5", hash, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void firstSeenIsKeptAcrossReopens() throws IOException {
        byte[] hash = new byte[32];
        assertThat(RequestLedger.open(folder, NOW).firstSeen("r-1", hash, NOW)).isEqualTo(NOW);
        Instant later = NOW.plusSeconds(600);
        assertThat(RequestLedger.open(folder, later).firstSeen("r-1", hash, later))
                .isEqualTo(NOW);
    }

    @Test
    void oldRecordsAreDroppedOnOpen() throws IOException {
        RequestLedger ledger = RequestLedger.open(folder, NOW);
        ledger.record(spend("old", 1, NOW.minus(Duration.ofHours(50)), "1"));
        ledger.record(spend("new", 2, NOW.minus(Duration.ofHours(47)), "1"));
        RequestLedger reopened = RequestLedger.open(folder, NOW);
        assertThat(reopened.spend("old")).isEmpty();
        assertThat(reopened.spend("new")).isPresent();
        try (var files = Files.list(folder.resolve("velocity"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedRecordStopsTheNodeFromGuessingItsVelocity() throws IOException {
        RequestLedger.open(folder, NOW).record(spend("r-1", 1, NOW, "1"));
        Path file = folder.resolve("velocity").resolve(RequestLedger.name("r-1"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
        assertThatThrownBy(() -> RequestLedger.open(folder, NOW))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining(RequestLedger.name("r-1"));
        Files.write(file, bytes);
        Files.move(file, folder.resolve("velocity").resolve(RequestLedger.name("r-2")));
        assertThatThrownBy(() -> RequestLedger.open(folder, NOW))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("filed under another request's name");
    }
}
