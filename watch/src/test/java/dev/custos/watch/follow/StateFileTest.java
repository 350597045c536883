package dev.custos.watch.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
    @TempDir
    Path folder;

    @Test
    void savedState_loadsBackEqual() throws Exception {
        StateFile file = new StateFile(folder.resolve("checkpoint.json"));
        Checkpoint checkpoint = new Checkpoint(2000, hash("b2000"));
        WatchState state = new WatchState(
                checkpoint,
                List.of(new Checkpoint(1990, hash("b1990")), checkpoint),
                List.of(new EmittedEvent("watch-x-log-3", "governance.owner_added", 1990, hash("b1990"))),
                Map.of(address(1), address(2)));

        file.save(BigInteger.ONE, state);

        assertThat(file.load(BigInteger.ONE)).contains(state);
        assertThat(Files.list(folder)).containsExactly(file.file());
    }

    @Test
    void pointsAndEventsOlderThanTheKeptWindow_areDropped() {
        Checkpoint checkpoint = new Checkpoint(5000, hash("b5000"));
        WatchState state = new WatchState(
                checkpoint,
                List.of(new Checkpoint(10, hash("b10")), checkpoint),
                List.of(new EmittedEvent("old", "governance.owner_added", 10, hash("b10"))),
                Map.of());

        assertThat(state.points()).containsExactly(checkpoint);
        assertThat(state.emitted()).isEmpty();
    }

    @Test
    void anotherChainsOrADamagedFile_isRefused() throws Exception {
        StateFile file = new StateFile(folder.resolve("checkpoint.json"));
        file.save(BigInteger.ONE, WatchState.startingAt(new Checkpoint(5, hash("b5")), Map.of()));

        assertThatThrownBy(() -> file.load(BigInteger.valueOf(31337)))
                .isInstanceOf(InvalidStateFileException.class)
                .hasMessageContaining("belongs to chain 1, but the node is on chain 31337");
        Files.writeString(file.file(), "{\"version\":1,\"chain_id\":\"1\",\"checkpoint\":{\"number\":5}}");
        assertThatThrownBy(() -> file.load(BigInteger.ONE))
                .isInstanceOf(InvalidStateFileException.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining("\"hash\" is missing");
        Files.writeString(file.file(), "{not json");
        assertThatThrownBy(() -> file.load(BigInteger.ONE)).hasMessageContaining("is not JSON");
    }

    private static Hash32 hash(String seed) {
        return Hash32.keccak(seed.getBytes(StandardCharsets.US_ASCII));
    }

    private static Address address(int last) {
        byte[] bytes = new byte[20];
        bytes[19] = (byte) last;
        return Address.of(bytes);
    }
}
