package dev.custos.cli.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.cli.committee.CommitteeFile;
import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.job.SigningResult;
import dev.custos.coordinator.job.Wallet;
import dev.custos.coordinator.relay.RelaySettings;
import dev.custos.coordinator.relay.TlsRelayServer;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignedReshareOrder;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.server.keys.KeyFiles;
import dev.custos.types.SecretBytes;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing a node as docs/NODES.md "Replacing a node" describes, with every node a {@code custos node run} OS process
 * and the admins using the CLI: an ECDSA wallet held by node-1 to node-3 is reshared to node-1, node-2 and node-4 on an
 * order two admins signed with {@code custos committee sign-reshare-order}; node-4 then signs with node-2 under the
 * nodes' enforced policy, and node-3's keystore holds nothing of the wallet.
 */
class NodeProcessesReshareTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3", "node-4");
    private static final List<String> OLD = List.of("node-1", "node-2", "node-3");
    private static final String ETH = "eth-1";

    @TempDir
    Path folder;

    private final Map<String, CustosProcess> processes = new HashMap<>();
    private TlsRelayServer relay;
    private JobEngine engine;
    private SigningKey coordinator;

    @AfterEach
    void stop() {
        processes.values().forEach(CustosProcess::close);
        if (engine != null) {
            engine.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (coordinator != null) {
            coordinator.destroy();
        }
    }

    @Test
    void aWalletMovesToANewNodeProcessThatSignsAndTheReplacedNodeKeepsNothing() throws Exception {
        List<String> admins = new ArrayList<>();
        for (String admin : List.of("admin-a", "admin-b")) {
            CliRun key = cli("committee", "admin-key", "--out", adminKey(admin).toString(), "--json");
            admins.add(JSON.readTree(key.out()).get("public_key").asText());
        }
        List<String> create = new ArrayList<>(List.of("committee", "create"));
        for (String node : NODES) {
            Files.write(keyFile(node), random(32));
            CliRun init = cli(
                    "node",
                    "init",
                    "--data",
                    data(node).toString(),
                    "--key-file",
                    keyFile(node).toString(),
                    "--json");
            Files.writeString(folder.resolve(node + ".json"), init.out());
            create.addAll(List.of("--node", folder.resolve(node + ".json").toString()));
        }
        Path committeeFile = folder.resolve("committee.bin");
        create.addAll(List.of("--admin", admins.get(0), "--admin", admins.get(1), "--threshold", "2"));
        create.addAll(List.of("--out", committeeFile.toString()));
        cli(create.toArray(String[]::new));
        for (String admin : List.of("admin-a", "admin-b")) {
            cli(
                    "committee",
                    "sign",
                    "--committee",
                    committeeFile.toString(),
                    "--admin-key",
                    adminKey(admin).toString());
        }
        SignedCommittee committee = CommitteeFile.read(committeeFile);
        coordinator = SigningKey.generate(new SecureRandom());
        relay = TlsRelayServer.start(
                RelaySettings.of(new InetSocketAddress("127.0.0.1", 0)),
                coordinator,
                committee.committee(),
                Clock.systemUTC());
        engine = new JobEngine(
                relay,
                new JobSettings(Duration.ofSeconds(120), 1, 0),
                new DerivedPayloadAuthorizer(),
                new SecureRandom());
        for (String node : NODES) {
            start(node).awaitOut("\"committee_version\"");
        }
        awaitConnected(Set.copyOf(NODES));

        Wallet eth = engine.generateKey(new WalletId(ETH), Scheme.ECDSA_SECP256K1, 2, OLD)
                .get(300, TimeUnit.SECONDS);
        EnforcingPeople people = new EnforcingPeople();
        SecretBytes seedA = KeyFiles.read(adminKey("admin-a"), "admin a");
        SecretBytes seedB = KeyFiles.read(adminKey("admin-b"), "admin b");
        SignedPolicy policy = SignedPolicy.sign(
                1,
                people.policy(1, ETH).getBytes(StandardCharsets.UTF_8),
                List.of(SigningKey.fromSeed(seedA), SigningKey.fromSeed(seedB)));
        seedA.destroy();
        seedB.destroy();
        assertThat(engine.deliverPolicy(policy.encode(), NODES)
                        .get(60, TimeUnit.SECONDS)
                        .installedEverywhere())
                .isTrue();

        Path order = folder.resolve("reshare.bin");
        cli(
                "committee",
                "reshare-order",
                "--order-id",
                "eth-1-epoch-2",
                "--wallet",
                ETH,
                "--scheme",
                "ecdsa-secp256k1",
                "--public-key",
                HexFormat.of().formatHex(eth.publicKey()),
                "--old",
                "node-1",
                "node-2",
                "node-3",
                "--new",
                "node-1",
                "node-2",
                "node-4",
                "--threshold",
                "2",
                "--expires-at",
                Instant.now()
                        .plus(1, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString(),
                "--out",
                order.toString());
        for (String admin : List.of("admin-a", "admin-b")) {
            cli(
                    "committee",
                    "sign-reshare-order",
                    "--order",
                    order.toString(),
                    "--admin-key",
                    adminKey(admin).toString(),
                    "--committee",
                    committeeFile.toString());
        }
        Wallet moved = engine.reshare(eth.id(), SignedReshareOrder.decode(Files.readAllBytes(order)))
                .get(300, TimeUnit.SECONDS);
        assertThat(moved.holders()).containsExactly("node-1", "node-2", "node-4");
        assertThat(moved.address()).isEqualTo(eth.address());

        processes.remove("node-1").kill();
        awaitConnected(Set.of("node-2", "node-3", "node-4"));
        SigningResult signed = engine.sign(
                        moved.id(), people.payment(ETH, "pay-after-reshare", EnforcingPeople.RECIPIENT, 1, 0))
                .get(300, TimeUnit.SECONDS);
        assertThat(signed.signers()).containsExactly("node-2", "node-4");
        EthereumTransaction transaction =
                TransactionDecoder.decode(signed.signedTransaction().orElseThrow());
        assertThat(transaction.sender().orElseThrow().toChecksumHex())
                .isEqualTo(eth.address().orElseThrow());

        processes.remove("node-3").kill();
        try (UnlockedNode node3 =
                NodeIdentityStore.open(data("node-3"), KeyFileKeySource.readFile(keyFile("node-3")))) {
            assertThat(node3.secrets().names()).noneMatch(name -> name.startsWith("wallets/" + ETH + "/"));
        }
    }

    private CustosProcess start(String node) throws Exception {
        CustosProcess process = CustosProcess.start(
                node,
                "node",
                "run",
                "--data",
                data(node).toString(),
                "--coordinator",
                "127.0.0.1:" + relay.address().getPort(),
                "--key-file",
                keyFile(node).toString(),
                "--json",
                "--coordinator-key",
                coordinator.publicKey().toHex(),
                "--committee",
                folder.resolve("committee.bin").toString());
        processes.put(node, process);
        return process;
    }

    private void awaitConnected(Set<String> nodes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!relay.connected().equals(nodes)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("connected: " + relay.connected() + ", expected " + nodes);
            }
            Thread.sleep(50);
        }
    }

    private Path data(String node) {
        return folder.resolve(node);
    }

    private Path keyFile(String node) {
        return folder.resolve(node + ".key");
    }

    private Path adminKey(String admin) {
        return folder.resolve(admin + ".key");
    }

    private static CliRun cli(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(Main.EXIT_OK);
        return run;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
