package dev.custos.cli.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.audit.log.AuditException;
import dev.custos.chain.ethereum.Address;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.input.ListenAddress;
import dev.custos.cli.input.LogLevelOption;
import dev.custos.cli.output.JsonLines;
import dev.custos.node.io.AtomicFile;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.cluster.DevCluster;
import dev.custos.server.cluster.DevClusterException;
import dev.custos.server.cluster.DevClusterSettings;
import dev.custos.server.cluster.NodeAuthorizers;
import dev.custos.server.ethereum.EthereumSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos start-dev}: coordinator, three signer nodes and the API on one machine, until SIGTERM or SIGINT. */
@Command(
        name = "start-dev",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the whole system on one machine on embedded defaults: the coordinator (HTTP API v1 on plain HTTP,"
                    + " loopback only), its relay and three signer nodes in this process (each with its own data"
                    + " folder and identity, connected over mutual TLS), on SQLite in DIR/custos.db. Prints one line"
                    + " when ready; the admin token is in DIR/admin.token (mode 0600). Started again on the same DIR"
                    + " it continues with the same wallets, requests, policy and audit log. Development only: the"
                    + " nodes' key files sit on the same disk. See docs/SERVER.md.",
            "Stopped by SIGTERM or Ctrl-C it closes the API, then the nodes and the relay, and exits as the JVM does"
                    + " after a signal (143 or 130). Exit code 2 for bad input (an address that is not loopback, a"
                    + " port in use, a damaged data folder); 1 for any other failure."
        })
public final class StartDevCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default: ${DEFAULT-VALUE}).")
    private Path data = Path.of("custos-data");

    @Option(
            names = "--listen",
            paramLabel = "HOST:PORT",
            description = "Address of the API, a loopback address (default: ${DEFAULT-VALUE}; port 0 picks one).")
    private String listen = "127.0.0.1:8080";

    @Option(
            names = "--ethereum-rpc",
            paramLabel = "URL",
            description = "Your own Ethereum JSON-RPC node (ethereum.rpc-url of custos start): Ethereum requests are"
                    + " simulated on it before approval, signed ones can be broadcast through it, and it suggests"
                    + " nonces and fees. Without it requests are not simulated.")
    private String ethereumRpc;

    @Option(
            names = "--simulate-tx-accessor",
            paramLabel = "ADDRESS",
            description = "Address of Safe's SimulateTxAccessor on that chain (ethereum.simulate-tx-accessor);"
                    + " default: the canonical deployment of the Safe's version.")
    private String simulateTxAccessor;

    @Option(names = "--json", description = "Print the ready line as one JSON object.")
    private boolean json;

    @Mixin
    private LogLevelOption logLevel;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        ListenAddress address = ListenAddress.parse(listen);
        requireLoopback(address.host());
        EthereumSettings ethereum = ethereum();
        logLevel.apply();
        try {
            // the folder holds key files and the database: owner-only when it is new
            AtomicFile.createFolder(data);
        } catch (IOException e) {
            throw new BadInputException("--data " + data + ": cannot create the folder: " + e.getMessage(), e);
        }
        DevCluster cluster;
        try {
            if (Files.exists(data.resolve("custos.db")) && !DevCluster.exists(data)) {
                throw new BadInputException("--data " + data + " holds a database (custos.db) but no dev cluster"
                        + " (admin/, coordinator/, nodes/ are missing): new nodes would hold none of its wallets'"
                        + " shares, so start-dev will not create them; restore the folders or use an empty --data");
            }
            cluster = DevCluster.open(
                    DevClusterSettings.of(data).withAuthorizers(NodeAuthorizers.enforcing(Clock.systemUTC())));
        } catch (DevClusterException e) {
            throw new BadInputException("--data " + data + ": " + e.getMessage(), e);
        }
        CustodyServer server;
        try {
            server = CustodyServer.start(
                    CustodySettings.development(data, address.host(), address.port())
                            .withEthereum(ethereum),
                    cluster,
                    Clock.systemUTC());
        } catch (AuditException e) {
            cluster.close();
            throw new BadInputException(
                    "--data " + data + ": the stored audit log does not verify: " + e.getMessage(), e);
        } catch (RuntimeException | IOException e) {
            cluster.close();
            if (isBindFailure(e)) {
                throw new BadInputException("cannot listen on --listen " + listen + ": " + rootMessage(e), e);
            }
            throw e;
        }
        Path tokenFile = AdminTokenFile.ensure(data, server.tokens());
        CountDownLatch stopped = new CountDownLatch(1);
        Stopper stop = new Stopper(server, cluster);
        Runtime.getRuntime()
                .addShutdownHook(
                        Thread.ofPlatform().name("custos-start-dev-shutdown").unstarted(() -> {
                            stop.run();
                            stopped.countDown();
                        }));
        printReady(
                address.host(),
                server.port(),
                tokenFile,
                cluster.connectedNodes().size(),
                cluster.nodeNames().size(),
                (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return 0;
    }

    private EthereumSettings ethereum() {
        try {
            Optional<URI> url = Optional.ofNullable(ethereumRpc).map(StartSettings.ETHEREUM_RPC_URL::parse);
            Optional<Address> accessor =
                    Optional.ofNullable(simulateTxAccessor).map(StartSettings.SIMULATE_TX_ACCESSOR::parse);
            if (url.isEmpty() && accessor.isPresent()) {
                throw new BadInputException("--simulate-tx-accessor needs --ethereum-rpc");
            }
            return new EthereumSettings(url, accessor, EthereumSettings.DEFAULT_TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    "--" + (e.getMessage().startsWith("ethereum.rpc-url") ? "ethereum-rpc" : "simulate-tx-accessor")
                            + ": " + e.getMessage(),
                    e);
        }
    }

    private static void requireLoopback(String host) {
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new BadInputException(
                        "--listen " + host + " is not a loopback address: start-dev serves plain"
                                + " HTTP and listens on loopback only (other addresses need TLS, which start-dev does not set up)");
            }
        } catch (UnknownHostException e) {
            throw new BadInputException("--listen: unknown host '" + host + "'", e);
        }
    }

    private void printReady(String host, int port, Path tokenFile, int connected, int total, long millis) {
        PrintWriter out = spec.commandLine().getOut();
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        // passkeys are bound to a host name, never an IP address: the console is opened under localhost
        String console = "http://localhost:" + port + "/";
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("api", base + "/v1");
            object.put("console", console);
            object.put("admin_token_file", tokenFile.toString());
            JsonLines.write(out, object);
        } else {
            out.println("Custos is ready: console " + console + ", API " + base + "/v1, admin token in " + tokenFile
                    + ", " + connected + " of " + total + " signer nodes connected (" + millis
                    + " ms); stop with Ctrl-C");
        }
        out.flush();
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 32 && root.getCause() != null; depth++) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
