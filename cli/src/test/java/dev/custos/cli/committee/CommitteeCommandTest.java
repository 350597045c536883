package dev.custos.cli.committee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.node.committee.CommitteeStore;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.types.SecretBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code custos committee admin-key|create|sign} and how {@code custos node run --committee} installs the result: a
 * committee without a quorum, without this node, or older than the installed one is refused, naming the file and why.
 */
class CommitteeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COORDINATOR_KEY =
            SigningKey.generate(new java.security.SecureRandom()).publicKey().toHex();

    @TempDir
    Path folder;

    Path keyFile;

    @BeforeEach
    void keyFile() throws Exception {
        keyFile = folder.resolve("node.key");
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 0x42);
        Files.write(keyFile, key);
    }

    @Test
    void adminsCreateAndSignACommitteeUntilItHasItsQuorum() throws Exception {
        String alice = adminKey("alice.key");
        String bob = adminKey("bob.key");
        assertThat(Files.getPosixFilePermissions(folder.resolve("alice.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        CliRun again = CliRun.of(
                "committee", "admin-key", "--out", folder.resolve("alice.key").toString());
        assertThat(again.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("exists");

        Path committee = create("committee.bin", 1, List.of("node-a", "node-b"), alice, bob);
        CliRun first = sign(committee, "alice.key");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(Main.EXIT_OK);
        JsonNode state = JSON.readTree(first.out());
        assertThat(state.get("admin_signatures").asInt()).isEqualTo(1);
        assertThat(state.get("quorum").asBoolean()).isFalse();
        CliRun twice = sign(committee, "alice.key");
        assertThat(twice.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(twice.err()).contains("is signed by admin " + alice + " already");

        CliRun underSigned = runNode("node-a", committee);
        assertThat(underSigned.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(underSigned.err()).contains("--committee " + committee).contains("need 2 of 2 signatures, 1 signed");

        CliRun second = sign(committee, "bob.key");
        assertThat(JSON.readTree(second.out()).get("quorum").asBoolean()).isTrue();
        SignedCommittee signed = CommitteeFile.read(committee);
        assertThat(signed.committee().admins().threshold()).isEqualTo(2);
        assertThat(signed.committee().members()).hasSize(2);
        assertThat(signed.signatures()).hasSize(2);

        CliRun notAMember = runNode("node-c", committee);
        assertThat(notAMember.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(notAMember.err()).contains("committee version 1 does not list this node (node-c");
        CliRun none = runNode("node-c", null);
        assertThat(none.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(none.err()).contains("no committee is installed in");
    }

    @Test
    void aNodeRefusesACommitteeOlderThanTheOneItHolds() throws Exception {
        String alice = adminKey("alice.key");
        Path older = create("v1.bin", 1, List.of("node-a", "node-b"), alice);
        sign(older, "alice.key");
        Path newer = create("v2.bin", 2, List.of("node-a", "node-b"), alice);
        sign(newer, "alice.key");
        try (UnlockedNode node = NodeIdentityStore.open(folder.resolve("node-a"), keySource())) {
            SignedCommittee installed = CommitteeFile.read(newer);
            CommitteeStore.open(node.secrets())
                    .install(installed, installed.committee().admins());
        }
        CliRun run = runNode("node-a", older);
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err())
                .contains("--committee " + older + " is refused")
                .contains("committee version 1 is not above the installed version 2");
    }

    @Test
    void badInputIsNamed() throws Exception {
        String alice = adminKey("alice.key");
        initNode("node-a");
        Path identity = folder.resolve("node-a.json");
        CliRun notHex = CliRun.of(
                "committee",
                "create",
                "--node",
                identity.toString(),
                "--admin",
                "zz",
                "--threshold",
                "1",
                "--out",
                folder.resolve("x.bin").toString());
        assertThat(notHex.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(notHex.err()).contains("--admin zz is not hex");
        CliRun threshold = CliRun.of(
                "committee",
                "create",
                "--node",
                identity.toString(),
                "--admin",
                alice,
                "--threshold",
                "2",
                "--out",
                folder.resolve("x.bin").toString());
        assertThat(threshold.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(threshold.err()).contains("the admin threshold must be between 1 and 1, got 2");
        Files.writeString(folder.resolve("bad.json"), "{\"name\": \"x\"}");
        CliRun badNode = CliRun.of(
                "committee",
                "create",
                "--node",
                folder.resolve("bad.json").toString(),
                "--admin",
                alice,
                "--threshold",
                "1",
                "--out",
                folder.resolve("x.bin").toString());
        assertThat(badNode.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badNode.err()).contains("--node " + folder.resolve("bad.json") + ": field 'identity' is missing");
        Files.writeString(folder.resolve("garbage.bin"), "garbage");
        CliRun badCommittee = sign(folder.resolve("garbage.bin"), "alice.key");
        assertThat(badCommittee.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badCommittee.err()).contains("--committee " + folder.resolve("garbage.bin") + " is neither");
        assertThat(Files.exists(folder.resolve("x.bin"))).isFalse();
    }

    @Test
    void aNodeMayBeGivenByItsIdentityFileOrItsHex() throws Exception {
        String alice = adminKey("alice.key");
        initNode("node-a");
        initNode("node-b");
        Path hex = folder.resolve("node-b.hex");
        Files.writeString(
                hex,
                java.util.HexFormat.of()
                                .formatHex(Files.readAllBytes(
                                        folder.resolve("node-b").resolve(NodeIdentityStore.IDENTITY_FILE)))
                        + "\n");
        CliRun run = CliRun.of(
                "committee",
                "create",
                "--node",
                folder.resolve("node-a")
                        .resolve(NodeIdentityStore.IDENTITY_FILE)
                        .toString(),
                "--node",
                hex.toString(),
                "--admin",
                alice,
                "--threshold",
                "1",
                "--out",
                folder.resolve("c.bin").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("committee version 1 of [node-a, node-b] written to");
        CliRun signed = sign(folder.resolve("c.bin"), "alice.key");
        assertThat(signed.exitCode()).as(signed.err()).isEqualTo(Main.EXIT_OK);
        assertThat(CommitteeFile.read(folder.resolve("c.bin")).committee().members())
                .extracting(dev.custos.node.identity.NodeIdentity::name)
                .containsExactly("node-a", "node-b");
    }

    private String adminKey(String file) throws Exception {
        CliRun run = CliRun.of(
                "committee", "admin-key", "--out", folder.resolve(file).toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        String key = JSON.readTree(run.out()).get("public_key").asText();
        SecretBytes seed = SecretBytes.copyOf(Files.readAllBytes(folder.resolve(file)));
        assertThat(SigningKey.fromSeed(seed).publicKey().toHex()).isEqualTo(key);
        return key;
    }

    private void initNode(String name) throws Exception {
        if (Files.exists(folder.resolve(name))) {
            return;
        }
        CliRun init = CliRun.of(
                "node", "init", "--data", folder.resolve(name).toString(), "--key-file", keyFile.toString(), "--json");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(Main.EXIT_OK);
        Files.writeString(folder.resolve(name + ".json"), init.out());
    }

    private Path create(String file, long version, List<String> nodes, String... admins) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("committee", "create"));
        for (String node : nodes) {
            initNode(node);
            args.addAll(List.of("--node", folder.resolve(node + ".json").toString()));
        }
        for (String admin : admins) {
            args.addAll(List.of("--admin", admin));
        }
        args.addAll(List.of(
                "--threshold",
                String.valueOf(admins.length),
                "--committee-version",
                String.valueOf(version),
                "--out",
                folder.resolve(file).toString(),
                "--json"));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(JSON.readTree(run.out()).get("members")).hasSize(nodes.size());
        return folder.resolve(file);
    }

    private CliRun sign(Path committee, String adminKeyFile) {
        return CliRun.of(
                "committee",
                "sign",
                "--committee",
                committee.toString(),
                "--admin-key",
                folder.resolve(adminKeyFile).toString(),
                "--json");
    }

    /** {@code node run} against a coordinator nobody listens on: these runs end at the committee check. */
    private CliRun runNode(String name, Path committee) throws Exception {
        initNode(name);
        List<String> args = new java.util.ArrayList<>(List.of(
                "node",
                "run",
                "--data",
                folder.resolve(name).toString(),
                "--coordinator",
                "127.0.0.1:1",
                "--coordinator-key",
                COORDINATOR_KEY,
                "--key-file",
                keyFile.toString()));
        if (committee != null) {
            args.addAll(List.of("--committee", committee.toString()));
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    private KeyFileKeySource keySource() throws Exception {
        return KeyFileKeySource.readFile(keyFile);
    }
}
