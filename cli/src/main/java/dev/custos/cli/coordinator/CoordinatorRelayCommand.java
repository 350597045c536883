package dev.custos.cli.coordinator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.committee.CommitteeFile;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.input.ListenAddress;
import dev.custos.cli.input.LogLevelOption;
import dev.custos.cli.node.KeySourceOptions;
import dev.custos.cli.output.JsonLines;
import dev.custos.coordinator.identity.CoordinatorIdentity;
import dev.custos.coordinator.identity.CoordinatorIdentityStore;
import dev.custos.coordinator.relay.NameRouter;
import dev.custos.coordinator.relay.RelaySettings;
import dev.custos.coordinator.relay.TlsRelayServer;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.SigningKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos coordinator relay}: runs the relay alone, until SIGTERM or SIGINT. */
@Command(
        name = "relay",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the coordinator's relay alone: listens on HOST:PORT for signer nodes over mutual TLS 1.3, presents"
                    + " the coordinator's key from DIR and admits only the members of the signed committee in FILE,"
                    + " by their Ed25519 keys. Logs connections, refusals and disconnections (JSON on stderr). Without"
                    + " the job engine it routes nothing unless --route-by-name is given. See docs/NODES.md.",
            "Exit code 0 when stopped by a signal; 2 for bad input (an address, a committee file that does not"
                    + " verify, a wrong passphrase or key file, no identity in DIR, a port in use); 1 for any other"
                    + " failure."
        })
public final class CoordinatorRelayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The coordinator's data folder.")
    private Path data;

    @Option(
            names = "--listen",
            paramLabel = "HOST:PORT",
            required = true,
            description = "Address to listen on ([V6]:PORT for IPv6; port 0 picks a free one, printed at start).")
    private String listen;

    @Option(
            names = "--committee",
            paramLabel = "FILE",
            required = true,
            description = "The signed committee (CNSC encoding, raw or hex) whose members may connect.")
    private Path committeeFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private KeySourceOptions keySource;

    @Option(
            names = "--route-by-name",
            description = "Diagnostics: forward a message that starts with 'route:NAME' and a line feed to node NAME"
                    + " (with 'from:SENDER' in place of that line).")
    private boolean routeByName;

    @Mixin
    private LogLevelOption logLevel;

    @Option(names = "--json", description = "Print the start line as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        InetSocketAddress address = listenAddress();
        Committee committee = CommitteeFile.read(committeeFile).committee();
        if (!Files.isRegularFile(data.resolve(CoordinatorIdentityStore.KEYSTORE_FILE))) {
            throw new BadInputException("--data " + data + " holds no coordinator identity ("
                    + CoordinatorIdentityStore.KEYSTORE_FILE + " is missing); create one with 'custos coordinator"
                    + " init'");
        }
        logLevel.apply();
        SigningKey key = unlock();
        TlsRelayServer relay;
        try {
            relay = TlsRelayServer.start(RelaySettings.of(address), key, committee, Clock.systemUTC());
        } catch (IOException e) {
            throw new BadInputException("cannot listen on --listen " + listen + ": " + e.getMessage(), e);
        } finally {
            key.destroy();
        }
        if (routeByName) {
            relay.listener(new NameRouter(relay));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = Thread.ofPlatform().name("custos-relay-shutdown").unstarted(() -> {
            relay.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        printStart(relay, committee);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            relay.close();
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private InetSocketAddress listenAddress() {
        return ListenAddress.parse(listen).socketAddress();
    }

    private SigningKey unlock() {
        return keySource.open(data, CoordinatorIdentityStore::open);
    }

    private void printStart(TlsRelayServer relay, Committee committee) {
        PrintWriter out = spec.commandLine().getOut();
        InetSocketAddress bound = relay.address();
        String where = bound.getAddress().getHostAddress().contains(":")
                ? "[" + bound.getAddress().getHostAddress() + "]:" + bound.getPort()
                : bound.getAddress().getHostAddress() + ":" + bound.getPort();
        CoordinatorIdentity identity = new CoordinatorIdentity(relay.coordinatorKey());
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("listen", where);
            object.put("coordinator_key", identity.key().toHex());
            object.put("fingerprint", identity.fingerprint());
            object.put("committee_version", committee.version());
            ArrayNode members = object.putArray("members");
            committee.members().stream().map(NodeIdentity::name).forEach(members::add);
            JsonLines.write(out, object);
        } else {
            out.println("relay listening on " + where + " as coordinator key "
                    + identity.key().toHex()
                    + " (fingerprint " + identity.fingerprint() + ") for committee version " + committee.version()
                    + " (" + committee.members().size() + " members); stop with SIGTERM or Ctrl-C");
        }
        out.flush();
    }
}
