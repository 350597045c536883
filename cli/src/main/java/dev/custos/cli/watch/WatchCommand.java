package dev.custos.cli.watch;

import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcClient;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.cli.input.BadInputException;
import dev.custos.watch.InvalidWatchListException;
import dev.custos.watch.WatchList;
import dev.custos.watch.follow.Follower;
import dev.custos.watch.follow.InvalidStateFileException;
import dev.custos.watch.follow.JsonLinesSink;
import dev.custos.watch.follow.ReorgTooDeepException;
import dev.custos.watch.follow.StateFile;
import dev.custos.watch.follow.StepReport;
import dev.custos.watch.follow.WatchLoop;
import dev.custos.watch.follow.WatchLoop.Listener;
import dev.custos.watch.follow.WatchSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos watch}: follows the user's node and writes governance changes and outflows as ECS events. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Follows your own Ethereum node for the contracts and wallets you register and writes what changes as ECS"
                    + " events, one JSON object per line: governance.* (Safe owners, threshold, modules, guard,"
                    + " fallback handler and singleton; proxy upgrades; ownership; roles; time locks; governor"
                    + " proposals) and chain.transfer_out (outflows from monitored wallets).",
            "Reads eth_getLogs in bounded ranges up to the head minus the confirmations, checkpointed in DIR; a restart"
                    + " resumes without gap or duplicate; a reorganisation is walked back and what it removed is"
                    + " retracted (chain.event_removed). One status line per step on stderr; SIGTERM stops after the"
                    + " current step's checkpoint.",
            "Contracts file: {\"contracts\":[{\"address\":\"0x…\",\"kind\":\"safe|proxy|ownable|access_control|timelock|"
                    + "governor|wallet\",\"label\":\"…\",\"wallet\":\"optional wallet id\"}]}.",
            "Docs: docs/CHAINS.md (On-chain governance watcher), docs/EVENTS.md."
        })
public final class WatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "Your node's JSON-RPC URL.")
    private String rpc = "";

    @Option(names = "--contracts", required = true, paramLabel = "FILE", description = "The contracts to watch.")
    private Path contracts = Path.of("");

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Where the checkpoint is kept.")
    private Path data = Path.of("");

    @Option(
            names = "--confirmations",
            paramLabel = "N",
            defaultValue = "12",
            description = "Blocks to stay behind the head (default ${DEFAULT-VALUE}): the latency, and the depth of"
                    + " reorganisations never seen.")
    private int confirmations;

    @Option(
            names = "--from-block",
            paramLabel = "N",
            description = "The first block to read when DIR has no checkpoint (default: the confirmed head).")
    private Long fromBlock;

    @Option(
            names = "--max-range",
            paramLabel = "N",
            defaultValue = "500",
            description = "The most blocks one step reads (default ${DEFAULT-VALUE}).")
    private int maxRange;

    @Option(
            names = "--interval",
            paramLabel = "SECONDS",
            defaultValue = "12",
            description = "Seconds between steps once caught up (default ${DEFAULT-VALUE}).")
    private int interval;

    @Option(names = "--once", description = "Read up to the confirmed head, then exit.")
    private boolean once;

    @Option(
            names = "--output",
            paramLabel = "FILE|-",
            defaultValue = "-",
            description = "Where events go: a file (appended) or '-' for stdout (default).")
    private String output = "-";

    @Override
    public Integer call() throws IOException, ReorgTooDeepException {
        PrintWriter err = spec.commandLine().getErr();
        WatchSettings settings = settings();
        EthereumNode node = new EthereumNode(client());
        WatchList list;
        try {
            list = WatchList.read(contracts);
        } catch (InvalidWatchListException e) {
            throw new BadInputException("watch: " + e.getMessage(), e);
        }
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new BadInputException("watch: --data " + data + " is not a folder");
        }
        try (JsonLinesSink sink = sink()) {
            Follower follower;
            try {
                follower = Follower.open(
                        node, list, settings, new StateFile(data.resolve("checkpoint.json")), sink, Clock.systemUTC());
            } catch (InvalidStateFileException e) {
                throw new BadInputException("watch: " + e.getMessage(), e);
            } catch (JsonRpcException e) {
                throw new BadInputException(
                        "watch: cannot read the node at " + node.rpc().shownEndpoint() + ": " + e.getMessage(), e);
            }
            err.println("custos watch: " + list.contracts().size() + " contracts on chain " + follower.chainId()
                    + " from " + node.rpc().shownEndpoint() + ", checkpoint "
                    + follower.state().checkpoint());
            err.flush();
            WatchLoop loop = new WatchLoop(follower, Duration.ofSeconds(interval), confirmations, new Listener() {
                @Override
                public void stepped(StepReport report) {
                    status(err, report.statusLine());
                }

                @Override
                public void nodeFailed(String message) {
                    status(err, message);
                }
            });
            Thread hook = Thread.ofPlatform()
                    .name("custos-watch-shutdown")
                    .unstarted(() -> loop.stop(Duration.ofSeconds(60)));
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                loop.run(once);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook is running and waits for this loop to end
                }
            }
        }
        return 0;
    }

    private static void status(PrintWriter err, String line) {
        err.println("custos watch: " + line);
        err.flush();
    }

    private WatchSettings settings() {
        if (interval < 1) {
            throw new BadInputException("watch: --interval must be at least 1 second, not " + interval);
        }
        try {
            return new WatchSettings(
                    confirmations, maxRange, fromBlock == null ? OptionalLong.empty() : OptionalLong.of(fromBlock));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("watch: " + e.getMessage(), e);
        }
    }

    private JsonRpcClient client() {
        try {
            return new JsonRpcClient(new URI(rpc), Duration.ofSeconds(30));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BadInputException("watch: --rpc is not a usable node URL: " + e.getMessage(), e);
        }
    }

    private JsonLinesSink sink() throws IOException {
        if (output.equals("-")) {
            return JsonLinesSink.writingTo(System.out);
        }
        Path file = Path.of(output);
        if (Files.isDirectory(file)) {
            throw new BadInputException("watch: --output " + file + " is a folder");
        }
        return JsonLinesSink.appendingTo(file);
    }
}
