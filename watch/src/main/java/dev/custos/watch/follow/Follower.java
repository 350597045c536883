package dev.custos.watch.follow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.BlockHeader;
import dev.custos.chain.rpc.EthereumNode;
import dev.custos.watch.ContractKind;
import dev.custos.watch.WatchList;
import dev.custos.watch.WatchedContract;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Follows the user's node for a {@link WatchList}, one bounded step at a time, up to the head minus the confirmation
 * depth. Before each step it checks that its checkpoint block is still canonical; when it is not, it walks back through
 * the blocks it kept to the fork point, retracts every event it delivered above it ({@code chain.event_removed}) and
 * reads again from there, so only what changed is delivered. Events are deduplicated by block hash and log index.
 * The checkpoint is written atomically after the sink took the events: a clean stop and restart leaves no gap and no
 * duplicate; a crash between the two delivers the last step again with the same {@code event.id}s.
 */
public final class Follower {
    private final EthereumNode node;
    private final WatchList list;
    private final WatchSettings settings;
    private final StateFile stateFile;
    private final EventSink sink;
    private final Clock clock;
    private final BigInteger chainId;
    private final WatchEvents events;
    private WatchState state;

    private Follower(
            EthereumNode node,
            WatchList list,
            WatchSettings settings,
            StateFile stateFile,
            EventSink sink,
            Clock clock,
            BigInteger chainId,
            WatchState state) {
        this.node = node;
        this.list = list;
        this.settings = settings;
        this.stateFile = stateFile;
        this.sink = sink;
        this.clock = clock;
        this.chainId = chainId;
        this.events = new WatchEvents(chainId);
        this.state = state;
    }

    /**
     * A follower resuming from {@code stateFile}, or starting at the settings' first block (else the confirmed head)
     * when the file does not exist; a new state is written at once.
     *
     * @throws InvalidStateFileException when the file cannot be resumed from
     * @throws IOException when the state cannot be written
     */
    public static Follower open(
            EthereumNode node, WatchList list, WatchSettings settings, StateFile stateFile, EventSink sink, Clock clock)
            throws IOException, InvalidStateFileException {
        Objects.requireNonNull(node, "node is null");
        Objects.requireNonNull(list, "list is null");
        Objects.requireNonNull(settings, "settings is null");
        Objects.requireNonNull(stateFile, "stateFile is null");
        Objects.requireNonNull(sink, "sink is null");
        Objects.requireNonNull(clock, "clock is null");
        BigInteger chainId = node.chainId();
        Optional<WatchState> saved = stateFile.load(chainId);
        WatchState state;
        if (saved.isPresent()) {
            state = saved.get();
        } else {
            long head = node.blockNumber();
            long start = settings.firstBlock().isPresent()
                    ? settings.firstBlock().getAsLong() - 1
                    : Math.max(0, head - settings.confirmations());
            BlockHeader header = node.block(start)
                    .orElseThrow(() -> new InvalidStateFileException(
                            "the node has no block " + start + " (its head is " + head + ") to start from"));
            state = WatchState.startingAt(new Checkpoint(start, header.hash()), Map.of());
            stateFile.save(chainId, state);
        }
        return new Follower(node, list, settings, stateFile, sink, clock, chainId, state);
    }

    /** The chain id of the node, as {@code eth_chainId} reported it. */
    public BigInteger chainId() {
        return chainId;
    }

    /** The current state (after the last step). */
    public synchronized WatchState state() {
        return state;
    }

    /**
     * Reads the next confirmed range (at most the settings' range) and delivers its events; first walks back a
     * reorganisation if the checkpoint left the canonical chain.
     *
     * @throws ReorgTooDeepException when the fork point is below every block kept
     * @throws IOException when the sink or the state file fails (nothing is checkpointed then)
     */
    public synchronized StepReport step() throws IOException, ReorgTooDeepException {
        long head = node.blockNumber();
        WatchState current = state;
        List<ObjectNode> out = new ArrayList<>();
        Optional<Long> forkPoint = Optional.empty();
        int retracted = 0;
        if (!canonical(current.checkpoint())) {
            Checkpoint fork = forkPoint(current);
            forkPoint = Optional.of(fork.number());
            for (EmittedEvent gone : current.emitted()) {
                if (gone.blockNumber() > fork.number()) {
                    out.add(events.removed(gone, clock.instant(), fork.number()));
                    retracted++;
                }
            }
            Map<Address, Address> singletons = new HashMap<>();
            for (WatchedContract safe : list.ofKind(ContractKind.SAFE)) {
                singletons.put(safe.address(), RangeScan.slot0(node, safe.address(), fork.number()));
            }
            current = new WatchState(
                    fork,
                    current.points().stream()
                            .filter(point -> point.number() <= fork.number())
                            .toList(),
                    current.emitted().stream()
                            .filter(event -> event.blockNumber() <= fork.number())
                            .toList(),
                    singletons);
        }
        Checkpoint checkpoint = current.checkpoint();
        Map<Address, Address> singletons = new HashMap<>(current.singletons());
        for (WatchedContract safe : list.ofKind(ContractKind.SAFE)) {
            if (!singletons.containsKey(safe.address())) {
                singletons.put(safe.address(), RangeScan.slot0(node, safe.address(), checkpoint.number()));
            }
        }
        long confirmed = head - settings.confirmations();
        long from = checkpoint.number() + 1;
        Optional<BlockHeader> toHeader = confirmed < from
                ? Optional.empty()
                : node.block(Math.min(confirmed, checkpoint.number() + settings.maxRange()));
        if (toHeader.isEmpty()) {
            WatchState next = new WatchState(checkpoint, current.points(), current.emitted(), singletons);
            commit(out, next);
            return new StepReport(
                    head,
                    Optional.empty(),
                    checkpoint.number(),
                    out.size(),
                    retracted,
                    forkPoint,
                    checkpoint,
                    Optional.empty());
        }
        Set<String> known = new HashSet<>();
        current.emitted().forEach(event -> known.add(event.id()));
        RangeScan.Result result;
        try {
            result = new RangeScan(node, list, events).scan(from, toHeader.get(), singletons, known);
            if (!canonical(checkpoint) || !canonical(toCheckpoint(toHeader.get()))) {
                throw new RangeScan.ChainMovedException(
                        "blocks " + from + ".." + toHeader.get().number() + " changed while they were read");
            }
        } catch (RangeScan.ChainMovedException e) {
            commit(out, new WatchState(checkpoint, current.points(), current.emitted(), singletons));
            return new StepReport(
                    head,
                    Optional.empty(),
                    checkpoint.number(),
                    out.size(),
                    retracted,
                    forkPoint,
                    checkpoint,
                    Optional.of("the chain moved (" + e.getMessage() + "); reading again next step"));
        }
        out.addAll(result.events());
        Checkpoint next = toCheckpoint(toHeader.get());
        List<Checkpoint> points = new ArrayList<>(current.points());
        points.addAll(result.blocks());
        points.add(next);
        List<EmittedEvent> emitted = new ArrayList<>(current.emitted());
        emitted.addAll(result.emitted());
        commit(out, new WatchState(next, points, emitted, result.singletons()));
        return new StepReport(
                head, Optional.of(from), next.number(), out.size(), retracted, forkPoint, next, Optional.empty());
    }

    private void commit(List<ObjectNode> out, WatchState next) throws IOException {
        if (!out.isEmpty()) {
            sink.deliver(List.copyOf(out));
        }
        if (!next.equals(state)) {
            stateFile.save(chainId, next);
        }
        state = next;
    }

    private boolean canonical(Checkpoint point) {
        return node.block(point.number())
                .map(header -> header.hash().equals(point.hash()))
                .orElse(false);
    }

    private Checkpoint forkPoint(WatchState current) throws ReorgTooDeepException {
        List<Checkpoint> points = new ArrayList<>(current.points());
        for (int i = points.size() - 1; i >= 0; i--) {
            if (canonical(points.get(i))) {
                return points.get(i);
            }
        }
        long lowest =
                points.isEmpty() ? current.checkpoint().number() : points.get(0).number();
        throw new ReorgTooDeepException("checkpoint block " + current.checkpoint() + " left the canonical chain and"
                + " so did every block kept back to " + lowest + "; the events delivered since may be wrong. Move "
                + stateFile.file() + " aside and start again with a first block below the fork point");
    }

    private static Checkpoint toCheckpoint(BlockHeader header) {
        return new Checkpoint(header.number(), header.hash());
    }
}
