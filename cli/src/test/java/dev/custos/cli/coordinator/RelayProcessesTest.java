package dev.custos.cli.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.link.CoordinatorAddress;
import dev.custos.node.link.LinkListener;
import dev.custos.node.link.LinkSettings;
import dev.custos.node.link.TlsCoordinatorLink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay and two nodes as separate OS processes ({@code custos coordinator relay --route-by-name} and {@code custos
 * node run}), plus one node link in this process: messages routed through the relay process reach the node processes,
 * and killing a node process is reported by the relay.
 */
class RelayProcessesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void nodesInSeparateProcessesLinkThroughTheRelayProcessAndADeadNodeIsReported() throws Exception {
        Path keyFile = folder.resolve("test.key");
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 0x5a);
        Files.write(keyFile, key);
        Path coordinator = folder.resolve("coordinator");
        CliRun init = CliRun.of(
                "coordinator", "init", "--data", coordinator.toString(), "--key-file", keyFile.toString(), "--json");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(Main.EXIT_OK);
        String coordinatorKey =
                JSON.readTree(init.out()).get("ed25519_public_key").asText();

        NodeIdentity alpha = initNode("alpha", keyFile);
        NodeIdentity beta = initNode("beta", keyFile);
        NodeKeys gamma = NodeKeys.generate("gamma", new SecureRandom());
        SigningKey admin = SigningKey.generate(new SecureRandom());
        Committee committee = new Committee(
                1, new AdminQuorum(1, List.of(admin.publicKey())), List.of(alpha, beta, gamma.identity()));
        Path committeeFile = folder.resolve("committee.bin");
        Files.write(
                committeeFile, SignedCommittee.sign(committee, List.of(admin)).encode());

        try (CustosProcess relay = CustosProcess.start(
                "relay",
                "coordinator",
                "relay",
                "--data",
                coordinator.toString(),
                "--listen",
                "127.0.0.1:0",
                "--committee",
                committeeFile.toString(),
                "--key-file",
                keyFile.toString(),
                "--route-by-name",
                "--json")) {
            JsonNode started = JSON.readTree(relay.awaitOut("\"listen\""));
            assertThat(started.get("coordinator_key").asText()).isEqualTo(coordinatorKey);
            String listen = started.get("listen").asText();

            try (CustosProcess alphaProcess = runNode("alpha", listen, coordinatorKey, keyFile);
                    CustosProcess betaProcess = runNode("beta", listen, coordinatorKey, keyFile)) {
                alphaProcess.awaitErr("connected to the coordinator at " + listen + " as node 'alpha'");
                betaProcess.awaitErr("connected to the coordinator at " + listen + " as node 'beta'");
                relay.awaitErr("node 'alpha' connected from");
                relay.awaitErr("node 'beta' connected from");

                CountDownLatch connected = new CountDownLatch(1);
                try (TlsCoordinatorLink link = TlsCoordinatorLink.start(
                        LinkSettings.of(
                                CoordinatorAddress.parse(listen),
                                Ed25519PublicKey.of(HexFormat.of().parseHex(coordinatorKey))),
                        gamma,
                        new LinkListener() {
                            @Override
                            public void onMessage(byte[] message) {}

                            @Override
                            public void onConnected() {
                                connected.countDown();
                            }
                        },
                        Clock.systemUTC())) {
                    assertThat(connected.await(90, TimeUnit.SECONDS)).isTrue();
                    link.send(bytes("route:alpha\nhello alpha"));
                    link.send(bytes("route:beta\nhello beta, a bit longer"));
                    relay.awaitErr("routed 11 bytes from node 'gamma' to node 'alpha'");
                    relay.awaitErr("routed 24 bytes from node 'gamma' to node 'beta'");
                    // the node runtime reads job messages only: the diagnostic text reaches it and is dropped
                    alphaProcess.awaitErr("node alpha: dropped a message from the coordinator", "'magic'");
                    betaProcess.awaitErr("node beta: dropped a message from the coordinator", "'magic'");

                    alphaProcess.kill();
                    relay.awaitErr("node 'alpha' disconnected:");
                    link.send(bytes("route:alpha\nanyone there?"));
                    relay.awaitErr("cannot route 13 bytes from node 'gamma' to node 'alpha'", "is not connected");
                    link.send(bytes("route:beta\nstill here"));
                    relay.awaitErr("routed 10 bytes from node 'gamma' to node 'beta'");
                }
            }
        }
    }

    private NodeIdentity initNode(String name, Path keyFile) throws Exception {
        CliRun run = CliRun.of(
                "node", "init", "--data", folder.resolve(name).toString(), "--key-file", keyFile.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        return NodeIdentity.decode(
                HexFormat.of().parseHex(JSON.readTree(run.out()).get("identity").asText()));
    }

    private CustosProcess runNode(String name, String listen, String coordinatorKey, Path keyFile) throws Exception {
        return CustosProcess.start(
                name,
                "node",
                "run",
                "--data",
                folder.resolve(name).toString(),
                "--coordinator",
                listen,
                "--coordinator-key",
                coordinatorKey,
                "--key-file",
                keyFile.toString(),
                "--committee",
                folder.resolve("committee.bin").toString(),
                "--log-level",
                "debug");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
