package dev.custos.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.node.identity.NodeIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeCommandTest {
    @TempDir
    Path folder;

    private Path keyFile;
    private Path data;

    @BeforeEach
    void keyFile() throws Exception {
        keyFile = folder.resolve("node.key");
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 0x42);
        Files.write(keyFile, key);
        data = folder.resolve("node-1");
    }

    @Test
    void init_withKeyFile_printsTheIdentity_andShowPrintsTheSameVerifiedOrNot() throws Exception {
        CliRun init = CliRun.of("node", "init", "--data", data.toString(), "--key-file", keyFile.toString(), "--json");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(Main.EXIT_OK);
        JsonNode created = single(init.out());
        assertThat(created.get("name").asText()).isEqualTo("node-1");
        assertThat(created.get("verified").asBoolean()).isTrue();
        NodeIdentity decoded = NodeIdentity.decode(
                HexFormat.of().parseHex(created.get("identity").asText()));
        assertThat(decoded.signingKey().toHex())
                .isEqualTo(created.get("ed25519_public_key").asText());
        assertThat(decoded.encryptionKey().toHex())
                .isEqualTo(created.get("x25519_public_key").asText());
        assertThat(decoded.fingerprint()).isEqualTo(created.get("fingerprint").asText());

        JsonNode shown = single(
                CliRun.of("node", "show", "--data", data.toString(), "--json").out());
        assertThat(shown.get("identity")).isEqualTo(created.get("identity"));
        assertThat(shown.get("verified").asBoolean()).isFalse();
        JsonNode verified =
                single(CliRun.of("node", "show", "--data", data.toString(), "--key-file", keyFile.toString(), "--json")
                        .out());
        assertThat(verified.get("identity")).isEqualTo(created.get("identity"));
        assertThat(verified.get("verified").asBoolean()).isTrue();
    }

    @Test
    void init_withPassphrase_opensOnlyWithIt_andShowsText() throws Exception {
        Path passphrase = folder.resolve("passphrase");
        Files.writeString(passphrase, "correct horse battery staple\n", StandardCharsets.UTF_8);
        CliRun init = CliRun.of(
                "node",
                "init",
                "--data",
                data.toString(),
                "--name",
                "eu-1",
                "--passphrase-file",
                passphrase.toString());
        assertThat(init.exitCode()).as(init.err()).isEqualTo(Main.EXIT_OK);
        assertThat(init.out())
                .contains("node identity created in")
                .contains("eu-1")
                .contains("fingerprint");

        Path wrong = folder.resolve("wrong");
        Files.writeString(wrong, "correct horse battery stapler\n", StandardCharsets.UTF_8);
        assertFails(
                Main.EXIT_BAD_INPUT,
                "wrong passphrase or key file",
                "show",
                "--data",
                data.toString(),
                "--passphrase-file",
                wrong.toString());
        assertFails(
                Main.EXIT_BAD_INPUT,
                "protected by a passphrase, not by a key file",
                "show",
                "--data",
                data.toString(),
                "--key-file",
                keyFile.toString());
    }

    @Test
    void init_twice_isRefusedAndKeepsTheFirstIdentity() throws Exception {
        CliRun first = CliRun.of("node", "init", "--data", data.toString(), "--key-file", keyFile.toString(), "--json");
        assertThat(first.exitCode()).isEqualTo(Main.EXIT_OK);
        assertFails(
                Main.EXIT_BAD_INPUT,
                "holds a node identity already",
                "init",
                "--data",
                data.toString(),
                "--key-file",
                keyFile.toString());
        JsonNode shown = single(
                CliRun.of("node", "show", "--data", data.toString(), "--json").out());
        assertThat(shown.get("identity")).isEqualTo(single(first.out()).get("identity"));
    }

    @Test
    void badInput_exitsTwoNamingTheProblem() throws Exception {
        Path shortKey = folder.resolve("short.key");
        Files.write(shortKey, new byte[31]);
        assertFails(
                Main.EXIT_BAD_INPUT,
                "must hold exactly 32 bytes, it has 31",
                "init",
                "--data",
                data.toString(),
                "--key-file",
                shortKey.toString());
        assertFails(
                Main.EXIT_BAD_INPUT,
                "--key-file not found",
                "init",
                "--data",
                data.toString(),
                "--key-file",
                folder.resolve("missing").toString());
        assertFails(
                Main.EXIT_BAD_INPUT,
                "--name: node name 'bad name' is not valid",
                "init",
                "--data",
                data.toString(),
                "--name",
                "bad name",
                "--key-file",
                keyFile.toString());
        assertFails(
                Main.EXIT_BAD_INPUT,
                "give --name",
                "init",
                "--data",
                folder.resolve("bad dir").toString(),
                "--key-file",
                keyFile.toString());
        assertFails(Main.EXIT_BAD_INPUT, "Missing required argument", "init", "--data", data.toString());
        assertFails(
                Main.EXIT_BAD_INPUT,
                "mutually exclusive",
                "init",
                "--data",
                data.toString(),
                "--key-file",
                keyFile.toString(),
                "--passphrase-file",
                keyFile.toString());
        Path shortPassphrase = folder.resolve("short");
        Files.writeString(shortPassphrase, "too short\n", StandardCharsets.UTF_8);
        assertFails(
                Main.EXIT_BAD_INPUT,
                "use at least 12",
                "init",
                "--data",
                data.toString(),
                "--passphrase-file",
                shortPassphrase.toString());
        assertFails(Main.EXIT_BAD_INPUT, "holds no node identity", "show", "--data", folder.toString());
        assertThat(Files.exists(data.resolve("keystore.bin"))).isFalse();
    }

    @Test
    void show_alteredKeystore_exitsOne() throws Exception {
        CliRun.of("node", "init", "--data", data.toString(), "--key-file", keyFile.toString());
        Path keystore = data.resolve("keystore.bin");
        byte[] bytes = Files.readAllBytes(keystore);
        bytes[bytes.length - 1] ^= 1;
        Files.write(keystore, bytes);
        assertFails(
                Main.EXIT_FAILURE,
                "the key is right but the content was altered",
                "show",
                "--data",
                data.toString(),
                "--key-file",
                keyFile.toString());
    }

    @Test
    void help_describesTheCommands() {
        CliRun run = CliRun.of("node", "--help");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("init").contains("show").contains("docs/NODES.md");
        assertThat(CliRun.of("node", "init", "--help").out())
                .contains("--passphrase-file")
                .contains("--key-file");
    }

    private static JsonNode single(String out) throws Exception {
        assertThat(out.lines().toList()).hasSize(1);
        return new ObjectMapper().readTree(out);
    }

    private static void assertFails(int exitCode, String message, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "node";
        System.arraycopy(args, 0, full, 1, args.length);
        CliRun run = CliRun.of(full);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }
}
