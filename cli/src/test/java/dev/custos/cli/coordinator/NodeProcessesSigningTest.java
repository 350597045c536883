package dev.custos.cli.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.cli.committee.CommitteeFile;
import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.JobFailedException;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.job.PolicyDeliveryResult;
import dev.custos.coordinator.job.SigningResult;
import dev.custos.coordinator.job.Wallet;
import dev.custos.coordinator.relay.RelaySettings;
import dev.custos.coordinator.relay.TlsRelayServer;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.PolicyStatus;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.WalletId;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator (relay and job engine) in this JVM and three {@code custos node run} OS processes, each with its
 * own data folder and key file, set up as an operator would: {@code node init}, {@code committee admin-key|create|
 * sign}, {@code node run --committee}. Key generation for an ECDSA and a FROST wallet, a policy delivered over the
 * relay (a forged one refused), a payment it allows (signed, the signature recovers to the wallet) and one it refuses
 * (the rule named), a FROST signing refused by every node with its reason, a node killed mid-run, and a node process
 * restarted that keeps its shares and its policy.
 */
class NodeProcessesSigningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");
    private static final String ETH = "eth-1";
    private static final String SOL = "sol-1";

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
    void threeNodeProcessesGenerateKeysTakeAPolicyOverTheRelaySignWhatItAllowsAndSurviveKillsAndRestarts()
            throws Exception {
        List<String> admins = new ArrayList<>();
        for (String admin : List.of("admin-a", "admin-b")) {
            CliRun key = cli(
                    "committee",
                    "admin-key",
                    "--out",
                    folder.resolve(admin + ".key").toString(),
                    "--json");
            admins.add(JSON.readTree(key.out()).get("public_key").asText());
        }
        List<String> create = new ArrayList<>(List.of("committee", "create"));
        for (String node : NODES) {
            Files.write(folder.resolve(node + ".key"), random(32));
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
                    folder.resolve(admin + ".key").toString());
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
                new JobSettings(Duration.ofSeconds(60), 3, 0),
                new DerivedPayloadAuthorizer(),
                new SecureRandom());
        for (String node : NODES) {
            JsonNode started = JSON.readTree(start(node, true).awaitOut("\"committee_version\""));
            assertThat(started.get("policy_version").asLong()).isZero();
        }
        awaitConnected(Set.copyOf(NODES));

        Wallet eth = engine.generateKey(new WalletId(ETH), Scheme.ECDSA_SECP256K1, 2, NODES)
                .get(300, TimeUnit.SECONDS);
        Wallet sol = engine.generateKey(new WalletId(SOL), Scheme.FROST_ED25519, 2, NODES)
                .get(300, TimeUnit.SECONDS);
        assertThat(sol.publicKey()).hasSize(32);

        EnforcingPeople people = new EnforcingPeople();
        SecretBytes seedA = KeyFiles.read(folder.resolve("admin-a.key"), "admin a");
        SecretBytes seedB = KeyFiles.read(folder.resolve("admin-b.key"), "admin b");
        SignedPolicy policy = SignedPolicy.sign(
                1,
                people.policy(1, ETH).getBytes(StandardCharsets.UTF_8),
                List.of(SigningKey.fromSeed(seedA), SigningKey.fromSeed(seedB)));
        PolicyDeliveryResult delivered =
                engine.deliverPolicy(policy.encode(), NODES).get(60, TimeUnit.SECONDS);
        assertThat(delivered.installedEverywhere()).as(delivered.toString()).isTrue();
        assertThat(delivered.reports().values()).allSatisfy(report -> {
            assertThat(report.status()).isEqualTo(PolicyStatus.INSTALLED);
            assertThat(report.installedVersion()).isEqualTo(1);
        });
        SignedPolicy forged =
                new SignedPolicy(2, people.policy(2, ETH).getBytes(StandardCharsets.UTF_8), policy.signatures());
        assertThat(engine.deliverPolicy(forged.encode(), NODES)
                        .get(60, TimeUnit.SECONDS)
                        .refusals())
                .containsOnlyKeys(NODES)
                .allSatisfy((node, reason) -> assertThat(reason).contains("NOT_SIGNED_BY_QUORUM"));

        long nonce = 0;
        assertSigned(eth, people.payment(ETH, "pay-1", EnforcingPeople.RECIPIENT, 1, nonce++));
        String refusal = refused(people.payment(ETH, "steal-1", EnforcingPeople.ATTACKER, 1, nonce++));
        assertThat(refusal).contains("policy version 1 denies request steal-1").contains("deny-unlisted-destination");

        // a FROST signing job reaches the nodes (the payload is signable) and each decides it on the message's bytes:
        // the policy declares no Solana wallet, so each refuses, naming why
        ExecutionException frost = assertThrows(
                ExecutionException.class,
                () -> engine.sign(sol.id(), EnforcingPeople.solanaPayment(sol.publicKey(), "sol-pay-1", 1000))
                        .get(300, TimeUnit.SECONDS));
        assertThat(frost.getCause()).isInstanceOf(JobFailedException.class);
        assertThat(((JobFailedException) frost.getCause()).failures())
                .allSatisfy(failure -> assertThat(failure.kind()).isEqualTo(FailureKind.REFUSED));
        assertThat(frost.getCause().getMessage())
                .contains("policy version 1 denies request sol-pay-1")
                .contains("unknown wallet 'sol-1'");

        // node-3 dies while a signing is under way: it finishes with node-1 and node-2, or fails naming why
        var inFlight =
                engine.sign(new WalletId(ETH), people.payment(ETH, "pay-2", EnforcingPeople.RECIPIENT, 1, nonce++));
        processes.remove("node-3").kill();
        try {
            SigningResult result = inFlight.get(300, TimeUnit.SECONDS);
            assertRecoversTo(eth, result);
            assertThat(result.signers()).doesNotContain("node-3");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(JobFailedException.class);
            assertThat(e.getCause().getMessage()).containsAnyOf("node-3", "node 'node-3'");
        }
        awaitConnected(Set.of("node-1", "node-2"));
        assertThat(assertSigned(eth, people.payment(ETH, "pay-3", EnforcingPeople.RECIPIENT, 1, nonce++))
                        .signers())
                .containsExactly("node-1", "node-2");

        // node-3 comes back from its data folder (pinned key, committee and policy from its keystore); with node-1
        // gone, signing needs node-3's share
        JsonNode restarted = JSON.readTree(start("node-3", false).awaitOut("\"committee_version\""));
        assertThat(restarted.get("policy_version").asLong()).isEqualTo(1);
        processes.remove("node-1").kill();
        awaitConnected(Set.of("node-2", "node-3"));
        assertThat(assertSigned(eth, people.payment(ETH, "pay-4", EnforcingPeople.RECIPIENT, 1, nonce++))
                        .signers())
                .containsExactly("node-2", "node-3");
        assertThat(refused(people.payment(ETH, "steal-2", EnforcingPeople.ATTACKER, 1, nonce)))
                .contains("deny-unlisted-destination");
        seedA.destroy();
        seedB.destroy();
    }

    private SigningResult assertSigned(Wallet wallet, SignRequest request) throws Exception {
        SigningResult result = engine.sign(wallet.id(), request).get(300, TimeUnit.SECONDS);
        assertRecoversTo(wallet, result);
        return result;
    }

    private static void assertRecoversTo(Wallet wallet, SigningResult result) throws Exception {
        EthereumTransaction signed =
                TransactionDecoder.decode(result.signedTransaction().orElseThrow());
        assertThat(signed.sender().orElseThrow().toChecksumHex())
                .isEqualTo(wallet.address().orElseThrow());
    }

    /** Signs {@code request}, expecting every attempt to be refused by the nodes; returns the reasons. */
    private String refused(SignRequest request) {
        ExecutionException thrown = assertThrows(
                ExecutionException.class,
                () -> engine.sign(new WalletId(ETH), request).get(300, TimeUnit.SECONDS));
        assertThat(thrown.getCause()).isInstanceOf(JobFailedException.class);
        JobFailedException failed = (JobFailedException) thrown.getCause();
        assertThat(failed.failures())
                .allSatisfy(failure -> assertThat(failure.kind()).isEqualTo(FailureKind.REFUSED));
        return failed.getMessage();
    }

    private CustosProcess start(String node, boolean first) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "node",
                "run",
                "--data",
                data(node).toString(),
                "--coordinator",
                address(),
                "--key-file",
                keyFile(node).toString(),
                "--json"));
        if (first) {
            args.addAll(List.of(
                    "--coordinator-key",
                    coordinator.publicKey().toHex(),
                    "--committee",
                    folder.resolve("committee.bin").toString()));
        }
        CustosProcess process = CustosProcess.start(node, args.toArray(String[]::new));
        processes.put(node, process);
        return process;
    }

    /** Waits until exactly {@code nodes} are connected to the relay (a process killed is seen leaving). */
    private void awaitConnected(Set<String> nodes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!relay.connected().equals(nodes)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "connected: " + relay.connected() + ", expected " + nodes + "; " + processes.keySet());
            }
            Thread.sleep(50);
        }
    }

    private String address() {
        return "127.0.0.1:" + relay.address().getPort();
    }

    private Path data(String node) {
        return folder.resolve(node);
    }

    private Path keyFile(String node) {
        return folder.resolve(node + ".key");
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
