package dev.custos.watch.follow;

import dev.custos.chain.ethereum.Address;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the follower keeps between steps and restarts.
 *
 * @param checkpoint the last block processed (every block up to it is done)
 * @param points recent processed blocks (the checkpoints of earlier steps and the blocks events were read from),
 *     ascending: a reorganisation is walked back through them to the fork point
 * @param emitted recent delivered events, for deduplication and retraction
 * @param singletons the last slot 0 value seen of each Safe
 */
public record WatchState(
        Checkpoint checkpoint, List<Checkpoint> points, List<EmittedEvent> emitted, Map<Address, Address> singletons) {
    /** How many blocks back points and emitted events are kept: the deepest reorganisation handled. */
    public static final long KEPT_BLOCKS = 1024;

    public WatchState {
        Objects.requireNonNull(checkpoint, "checkpoint is null");
        points = List.copyOf(points).stream()
                .filter(point ->
                        point.number() + KEPT_BLOCKS >= checkpoint.number() && point.number() <= checkpoint.number())
                .sorted(Comparator.comparingLong(Checkpoint::number))
                .distinct()
                .toList();
        emitted = List.copyOf(emitted).stream()
                .filter(event -> event.blockNumber() + KEPT_BLOCKS >= checkpoint.number())
                .toList();
        singletons = Map.copyOf(Objects.requireNonNull(singletons, "singletons is null"));
    }

    /** A fresh state at {@code checkpoint}. */
    public static WatchState startingAt(Checkpoint checkpoint, Map<Address, Address> singletons) {
        return new WatchState(checkpoint, List.of(checkpoint), List.of(), singletons);
    }
}
