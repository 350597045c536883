package dev.custos.e2e.evm;

import dev.custos.chain.rpc.JsonRpcClient;
import dev.custos.chain.rpc.JsonRpcException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A hardhat node (a local EVM chain, id 31337) in its own process, from an npm folder whose {@code node_modules} holds
 * hardhat 2. It is started with {@code node} directly (through {@code npx} a second process would outlive a stop), on
 * a free loopback port, its output written to a log file; {@link #close()} stops it and every process it started.
 */
public final class HardhatProcess implements AutoCloseable {
    private static final Path CLI = Path.of("node_modules", "hardhat", "internal", "cli", "cli.js");

    private final Process process;
    private final EvmNode node;
    private final Path log;

    private HardhatProcess(Process process, EvmNode node, Path log) {
        this.process = process;
        this.node = node;
        this.log = log;
    }

    /** Whether {@code npmFolder} has hardhat installed ({@code npm ci} ran there). */
    public static boolean installedIn(Path npmFolder) {
        return Files.isRegularFile(npmFolder.resolve(CLI));
    }

    /**
     * Starts hardhat in {@code npmFolder}, writing its output to {@code log}, and waits until it answers
     * {@code eth_chainId}, at most {@code startup}.
     *
     * @throws IOException if it cannot be started or does not answer in time (it is stopped then)
     */
    public static HardhatProcess start(Path npmFolder, Path log, Duration startup) throws IOException {
        Objects.requireNonNull(npmFolder, "npmFolder is null");
        if (!installedIn(npmFolder)) {
            throw new IOException("hardhat is not installed in " + npmFolder + " (run npm ci there)");
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        int port = freePort();
        Process process = new ProcessBuilder(List.of(
                        "node", CLI.toString(), "node", "--hostname", "127.0.0.1", "--port", Integer.toString(port)))
                .directory(npmFolder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        EvmNode node =
                new EvmNode(new JsonRpcClient(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(30)));
        HardhatProcess started = new HardhatProcess(process, node, log);
        try {
            started.awaitReady(startup);
        } catch (IOException | RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    /** The node's JSON-RPC calls. */
    public EvmNode node() {
        return node;
    }

    /** Where its output goes. */
    public Path log() {
        return log;
    }

    private void awaitReady(Duration startup) throws IOException {
        Instant deadline = Instant.now().plus(startup);
        JsonRpcException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("hardhat exited with " + process.exitValue() + " before it answered; see " + log);
            }
            try {
                node.chainId();
                return;
            } catch (JsonRpcException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for hardhat", e);
            }
        }
        throw new IOException("hardhat did not answer eth_chainId within " + startup + " (last: "
                + (last == null ? "none" : last.getMessage()) + "); see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the node and its descendants, waiting for each to exit. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
