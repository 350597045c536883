package dev.custos.cli.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.input.LogLevelOption;
import dev.custos.cli.output.JsonLines;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.link.CoordinatorAddress;
import dev.custos.node.link.CoordinatorPin;
import dev.custos.node.link.LinkSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos node run}: unlocks a node and keeps its link to the coordinator up until SIGTERM or SIGINT. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Unlocks the node in DIR, installs --committee if given, and runs the node's job runtime with the"
                    + " policy-enforcing authorizer (it signs only what the quorum-signed policy it holds allows;"
                    + " policies arrive from the coordinator and are verified by the node). Dials the coordinator at"
                    + " HOST:PORT over mutual TLS 1.3, presenting the node's Ed25519 identity and accepting only the"
                    + " pinned coordinator key. Reconnects by itself with"
                    + " backoff; logs one line per change of state (JSON on stderr). Runs until SIGTERM or SIGINT."
                    + " The first --coordinator-key is pinned in the node's keystore; later runs may omit it. See"
                    + " docs/NODES.md.",
            "Exit code 0 when stopped by a signal; 2 for bad input (an address, a key, a wrong passphrase or key"
                    + " file, no identity in DIR, a key that differs from the pinned one, a committee that does not verify, does"
                    + " not list this node or is older than the installed one, no committee installed); 1 for any other"
                    + " failure."
        })
public final class NodeRunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(NodeRunCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The node's data folder.")
    private Path data;

    @Option(
            names = "--coordinator",
            paramLabel = "HOST:PORT",
            required = true,
            description = "Where the coordinator's relay listens ([V6]:PORT for an IPv6 address).")
    private String coordinator;

    @Option(
            names = "--coordinator-key",
            paramLabel = "HEX",
            description = "The coordinator's Ed25519 key (64 hex digits, as 'custos coordinator init' prints it)."
                    + " Pinned in the node's keystore on first use; required until then.")
    private String coordinatorKey;

    @Option(
            names = "--replace-coordinator-key",
            description = "Pin --coordinator-key even though another key is pinned (after the coordinator's key was"
                    + " replaced on purpose).")
    private boolean replaceCoordinatorKey;

    @Option(
            names = "--committee",
            paramLabel = "FILE",
            description = "A signed committee (CNSC, raw or hex; 'custos committee sign') to install before starting:"
                    + " the first one is trusted as given, a later one must have a higher version and be signed by a"
                    + " quorum of the installed admins and of its own. Required until one is installed.")
    private Path committeeFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private KeySourceOptions keySource;

    @Mixin
    private LogLevelOption logLevel;

    @Option(names = "--json", description = "Print the start line as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        CoordinatorAddress address = address();
        Optional<Ed25519PublicKey> given = givenKey();
        if (replaceCoordinatorKey && given.isEmpty()) {
            throw new BadInputException("--replace-coordinator-key needs --coordinator-key");
        }
        if (!Files.isRegularFile(data.resolve(NodeIdentityStore.KEYSTORE_FILE))) {
            throw new BadInputException("--data " + data + " holds no node identity (" + NodeIdentityStore.KEYSTORE_FILE
                    + " is missing); create one with 'custos node init'");
        }
        logLevel.apply();
        UnlockedNode node = unlock();
        Ed25519PublicKey pinned;
        try {
            pinned = pin(node, given);
        } catch (RuntimeException e) {
            closeQuietly(node);
            throw e;
        }
        RunningNode running;
        try {
            running = RunningNode.start(
                    node,
                    data,
                    Optional.ofNullable(committeeFile),
                    LinkSettings.of(address, pinned),
                    Clock.systemUTC());
        } catch (RuntimeException e) {
            closeQuietly(node);
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name("custos-node-shutdown").unstarted(() -> {
            running.close();
            closeQuietly(node);
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        printStart(node, address, pinned, running);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            running.close();
            closeQuietly(node);
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private CoordinatorAddress address() {
        try {
            return CoordinatorAddress.parse(coordinator);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--coordinator " + e.getMessage(), e);
        }
    }

    private Optional<Ed25519PublicKey> givenKey() {
        if (coordinatorKey == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Ed25519PublicKey.of(HexFormat.of().parseHex(coordinatorKey.strip())));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--coordinator-key is not hex: " + e.getMessage(), e);
        } catch (InvalidEncodingException e) {
            throw new BadInputException("--coordinator-key: " + e.getMessage(), e);
        }
    }

    private UnlockedNode unlock() {
        return keySource.open(data, NodeIdentityStore::open);
    }

    private Ed25519PublicKey pin(UnlockedNode node, Optional<Ed25519PublicKey> given) {
        Optional<Ed25519PublicKey> stored;
        try {
            stored = CoordinatorPin.read(node.secrets());
        } catch (InvalidEncodingException e) {
            throw new IllegalStateException(data + ": " + e.getMessage(), e);
        }
        if (given.isEmpty()) {
            return stored.orElseThrow(() -> new BadInputException("no coordinator key is pinned in " + data
                    + ": pass --coordinator-key HEX (the key 'custos coordinator init' printed)"));
        }
        Ed25519PublicKey key = given.get();
        if (stored.isPresent() && stored.get().equals(key)) {
            return key;
        }
        if (stored.isPresent() && !replaceCoordinatorKey) {
            throw new BadInputException(
                    data + " pins coordinator key " + stored.get().toHex()
                            + ", but --coordinator-key is " + key.toHex()
                            + "; pass --replace-coordinator-key if the coordinator's key was replaced on purpose");
        }
        try {
            CoordinatorPin.write(node.secrets(), key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pin the coordinator key in " + data + ": " + e.getMessage(), e);
        }
        if (stored.isPresent()) {
            LOG.warn(
                    "replaced the pinned coordinator key {} by {}", stored.get().toHex(), key.toHex());
        } else {
            LOG.info("pinned coordinator key {}", key.toHex());
        }
        return key;
    }

    private void printStart(
            UnlockedNode node, CoordinatorAddress address, Ed25519PublicKey pinned, RunningNode running) {
        PrintWriter out = spec.commandLine().getOut();
        String name = node.keys().identity().name();
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("node", name);
            object.put("coordinator", address.toString());
            object.put("coordinator_key", pinned.toHex());
            object.put("committee_version", running.committee().committee().version());
            object.put("policy_version", running.policyVersion());
            JsonLines.write(out, object);
        } else {
            out.println("node '" + name + "' dialing the coordinator at " + address + " (pinned key " + pinned.toHex()
                    + ", committee version " + running.committee().committee().version() + ", policy version "
                    + (running.policyVersion() == 0 ? "none yet" : running.policyVersion())
                    + "); stop with SIGTERM or Ctrl-C");
        }
        out.flush();
    }

    private static void closeQuietly(UnlockedNode node) {
        try {
            node.close();
        } catch (IOException e) {
            LOG.warn("closing the keystore failed: {}", e.getMessage());
        }
    }
}
