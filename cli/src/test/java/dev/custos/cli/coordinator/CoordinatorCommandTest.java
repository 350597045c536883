package dev.custos.cli.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.coordinator.identity.CoordinatorIdentity;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.link.CoordinatorPin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path keyFile;
    private Path coordinator;

    @BeforeEach
    void keyFile() throws Exception {
        keyFile = folder.resolve("test.key");
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 0x17);
        Files.write(keyFile, key);
        coordinator = folder.resolve("coordinator");
    }

    @Test
    void initPrintsTheKeyAndFingerprint_showPrintsTheSame_andASecondInitIsRefused() throws Exception {
        CliRun init = CliRun.of(
                "coordinator", "init", "--data", coordinator.toString(), "--key-file", keyFile.toString(), "--json");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(Main.EXIT_OK);
        JsonNode created = JSON.readTree(init.out());
        Ed25519PublicKey key = Ed25519PublicKey.of(
                HexFormat.of().parseHex(created.get("ed25519_public_key").asText()));
        assertThat(created.get("fingerprint").asText()).isEqualTo(new CoordinatorIdentity(key).fingerprint());

        CliRun show = CliRun.of("coordinator", "show", "--data", coordinator.toString(), "--json");
        assertThat(JSON.readTree(show.out())).isEqualTo(created);
        CliRun text = CliRun.of("coordinator", "show", "--data", coordinator.toString());
        assertThat(text.out()).contains("--coordinator-key " + key.toHex());

        CliRun again =
                CliRun.of("coordinator", "init", "--data", coordinator.toString(), "--key-file", keyFile.toString());
        assertThat(again.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("holds a keystore or coordinator identity already");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {
            {"coordinator", "--help"},
            {"coordinator", "init", "--help"},
            {"coordinator", "show", "--help"},
            {"coordinator", "relay", "--help"},
            {"node", "run", "--help"}
        }) {
            CliRun run = CliRun.of(command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(Main.EXIT_OK);
            assertThat(run.out()).contains("Usage:");
        }
    }

    @Test
    void relayRefusesBadInputWithExitTwo() throws Exception {
        assertThat(CliRun.of("coordinator", "init", "--data", coordinator.toString(), "--key-file", keyFile.toString())
                        .exitCode())
                .isEqualTo(Main.EXIT_OK);
        Path garbage = folder.resolve("committee.txt");
        Files.writeString(garbage, "not a committee", StandardCharsets.US_ASCII);

        CliRun badListen = relay("127.0.0.1", garbage);
        assertThat(badListen.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badListen.err()).contains("--listen '127.0.0.1' is not HOST:PORT");

        CliRun badCommittee = relay("127.0.0.1:0", garbage);
        assertThat(badCommittee.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badCommittee.err())
                .contains("--committee " + garbage + " is neither a signed committee (CNSC) nor its hex encoding");

        CliRun missing = relay("127.0.0.1:0", folder.resolve("absent.bin"));
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("cannot read --committee");
    }

    @Test
    void nodeRunRefusesBadInputWithExitTwo() throws Exception {
        Path node = folder.resolve("alpha");
        assertThat(CliRun.of("node", "init", "--data", node.toString(), "--key-file", keyFile.toString())
                        .exitCode())
                .isEqualTo(Main.EXIT_OK);
        String someKey = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";

        CliRun noKey = nodeRun(node, "127.0.0.1:7000");
        assertThat(noKey.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(noKey.err()).contains("no coordinator key is pinned in " + node + ": pass --coordinator-key HEX");

        CliRun badAddress = nodeRun(node, "localhost", "--coordinator-key", someKey);
        assertThat(badAddress.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badAddress.err()).contains("--coordinator 'localhost' is not HOST:PORT");

        CliRun badHex = nodeRun(node, "127.0.0.1:7000", "--coordinator-key", "xyz");
        assertThat(badHex.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badHex.err()).contains("--coordinator-key is not hex");

        CliRun shortKey = nodeRun(node, "127.0.0.1:7000", "--coordinator-key", "abcd");
        assertThat(shortKey.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(shortKey.err()).contains("--coordinator-key: an Ed25519 public key is 32 bytes, got 2");

        CliRun replaceAlone = nodeRun(node, "127.0.0.1:7000", "--replace-coordinator-key");
        assertThat(replaceAlone.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);

        CliRun badLevel = nodeRun(node, "127.0.0.1:7000", "--coordinator-key", someKey, "--log-level", "loud");
        assertThat(badLevel.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badLevel.err()).contains("--log-level: not a level");

        Ed25519PublicKey pinned = Ed25519PublicKey.of(HexFormat.of().parseHex(someKey));
        try (UnlockedNode unlocked = NodeIdentityStore.open(node, KeyFileKeySource.readFile(keyFile))) {
            CoordinatorPin.write(unlocked.secrets(), pinned);
        }
        String otherKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
        CliRun mismatch = nodeRun(node, "127.0.0.1:7000", "--coordinator-key", otherKey);
        assertThat(mismatch.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(mismatch.err())
                .contains(node + " pins coordinator key " + someKey + ", but --coordinator-key is " + otherKey
                        + "; pass --replace-coordinator-key");

        CliRun noIdentity = nodeRun(folder.resolve("nobody"), "127.0.0.1:7000", "--coordinator-key", someKey);
        assertThat(noIdentity.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(noIdentity.err()).contains("holds no node identity");
    }

    private CliRun relay(String listen, Path committee) {
        return CliRun.of(
                "coordinator",
                "relay",
                "--data",
                coordinator.toString(),
                "--listen",
                listen,
                "--committee",
                committee.toString(),
                "--key-file",
                keyFile.toString());
    }

    private CliRun nodeRun(Path node, String address, String... more) {
        String[] base = {
            "node", "run", "--data", node.toString(), "--coordinator", address, "--key-file", keyFile.toString()
        };
        String[] args = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }
}
