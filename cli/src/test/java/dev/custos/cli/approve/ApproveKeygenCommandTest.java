package dev.custos.cli.approve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApproveKeygenCommandTest {
    @TempDir
    Path folder;

    @Test
    void keygen_writesAnOwnerOnlyKeyFile_andPrintsThePublicKey() throws Exception {
        Path file = folder.resolve("alice.key");

        CliRun run = CliRun.of("approve", "keygen", "--out", file.toString(), "--name", "alice");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out().strip()).matches("[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        JsonNode stored = new ObjectMapper().readTree(Files.readString(file));
        assertThat(stored.get("format").asText()).isEqualTo("custos-device-key");
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(stored.get("algorithm").asText()).isEqualTo("ed25519");
        assertThat(stored.get("name").asText()).isEqualTo("alice");
        assertThat(stored.get("public_key").asText()).isEqualTo(run.out().strip());
        assertThat(stored.get("seed").asText()).matches("[0-9a-f]{64}");
        assertThat(DeviceKeyFile.read(file).name()).isEqualTo("alice");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void keygen_json_printsNameAndPublicKey() throws Exception {
        CliRun run = CliRun.of("approve", "keygen", "--out", folder.resolve("k").toString(), "--name", "bob", "--json");

        JsonNode printed = new ObjectMapper().readTree(run.out());
        assertThat(run.out().lines()).hasSize(1);
        assertThat(printed.get("name").asText()).isEqualTo("bob");
        assertThat(printed.get("public_key").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void keygen_refusesToOverwrite() throws Exception {
        Path file = folder.resolve("existing.key");
        Files.writeString(file, "keep me");

        CliRun run = CliRun.of("approve", "keygen", "--out", file.toString(), "--name", "bob");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("exists already; refusing to overwrite");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void keygen_badNameOrFolder_exitTwo() {
        assertThat(CliRun.of("approve", "keygen", "--out", folder.resolve("k").toString(), "--name", "bad\"name")
                        .exitCode())
                .isEqualTo(Main.EXIT_BAD_INPUT);
        CliRun run = CliRun.of(
                "approve", "keygen", "--out", folder.resolve("no/such/k").toString(), "--name", "b");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("does not exist");
    }
}
