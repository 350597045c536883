package dev.custos.server.watch;

import static java.util.Objects.requireNonNull;

import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcClient;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.watch.InvalidWatchListException;
import dev.custos.watch.WatchList;
import dev.custos.watch.follow.EventSink;
import dev.custos.watch.follow.Follower;
import dev.custos.watch.follow.InvalidStateFileException;
import dev.custos.watch.follow.ReorgTooDeepException;
import dev.custos.watch.follow.StateFile;
import dev.custos.watch.follow.StepReport;
import dev.custos.watch.follow.WatchLoop;
import dev.custos.watch.follow.WatchLoop.Listener;
import dev.custos.watch.follow.WatchSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watcher running on its own thread inside the server. The watch list is read when the server starts (a bad one
 * stops the start, naming the problem); the node is dialled on the thread, again every interval until it answers, so
 * a node that is down does not hold the server up. Its checkpoint is {@code watch/checkpoint.json} in the data folder.
 * {@link #close()} lets the current step finish and its checkpoint be written.
 */
public final class ChainWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChainWatch.class);

    private final Thread thread;
    private final AtomicReference<WatchLoop> loop = new AtomicReference<>();
    private volatile boolean closed;

    private ChainWatch(ChainWatchSettings settings, WatchList list, Path folder, EventSink sink, Clock clock) {
        this.thread = Thread.ofPlatform()
                .name("custos-watch")
                .daemon(true)
                .unstarted(() -> follow(settings, list, folder, sink, clock));
    }

    /**
     * Reads the watch list and starts following.
     *
     * @throws IllegalArgumentException when the watch list or the node URL is unusable (the message names it)
     */
    public static ChainWatch start(ChainWatchSettings settings, Path folder, EventSink sink, Clock clock) {
        requireNonNull(settings, "settings is null");
        requireNonNull(folder, "folder is null");
        requireNonNull(sink, "sink is null");
        requireNonNull(clock, "clock is null");
        WatchList list;
        try {
            list = WatchList.read(settings.contracts());
        } catch (InvalidWatchListException e) {
            throw new IllegalArgumentException("watch.contracts: " + e.getMessage(), e);
        }
        ChainWatch watch = new ChainWatch(settings, list, folder, sink, clock);
        watch.thread.start();
        return watch;
    }

    private void follow(ChainWatchSettings settings, WatchList list, Path folder, EventSink sink, Clock clock) {
        EthereumNode node = new EthereumNode(new JsonRpcClient(settings.rpc(), Duration.ofSeconds(30)));
        WatchSettings watchSettings =
                new WatchSettings(settings.confirmations(), WatchSettings.DEFAULT_MAX_RANGE, OptionalLong.empty());
        while (!closed) {
            try {
                Follower follower = Follower.open(
                        node, list, watchSettings, new StateFile(folder.resolve("checkpoint.json")), sink, clock);
                WatchLoop running =
                        new WatchLoop(follower, settings.interval(), settings.confirmations(), new Listener() {
                            @Override
                            public void stepped(StepReport report) {
                                if (report.events() > 0
                                        || report.forkPoint().isPresent()
                                        || report.note().isPresent()) {
                                    LOG.info("watch: {}", report.statusLine());
                                } else {
                                    LOG.debug("watch: {}", report.statusLine());
                                }
                            }

                            @Override
                            public void nodeFailed(String message) {
                                LOG.warn("watch: {}", message);
                            }
                        });
                loop.set(running);
                if (closed) {
                    return;
                }
                LOG.info(
                        "watch: following {} contracts on chain {} at {}",
                        list.contracts().size(),
                        follower.chainId(),
                        node.rpc().shownEndpoint());
                running.run(false);
                return;
            } catch (JsonRpcException e) {
                LOG.warn(
                        "watch: the node at {} did not answer ({}); trying again in {}",
                        node.rpc().shownEndpoint(),
                        e.getMessage(),
                        settings.interval());
                sleep(settings.interval());
            } catch (InvalidStateFileException | ReorgTooDeepException | IOException | RuntimeException e) {
                LOG.error("watch: stopped: {}", e.getMessage(), e);
                return;
            }
        }
    }

    private void sleep(Duration interval) {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops after the current step (waiting up to a minute for it). */
    @Override
    public void close() {
        closed = true;
        WatchLoop running = loop.get();
        if (running != null && running.stop(Duration.ofSeconds(60))) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
