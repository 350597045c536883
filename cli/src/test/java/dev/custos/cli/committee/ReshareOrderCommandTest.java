package dev.custos.cli.committee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.job.message.SignedReshareOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code custos committee reshare-order} and {@code sign-reshare-order}: admins write and sign a reshare order. */
class ReshareOrderCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "02" + "11".repeat(32);

    @TempDir
    Path folder;

    @Test
    void twoAdminsSignAnOrderThatVerifiesAgainstTheirQuorum() throws Exception {
        String alice = adminKey("alice.key");
        String bob = adminKey("bob.key");
        Path order = folder.resolve("order.bin");
        CliRun created = create(order, "2027-01-01T00:00:00Z");
        assertThat(created.exitCode()).as(created.err()).isEqualTo(Main.EXIT_OK);
        JsonNode described = JSON.readTree(created.out());
        assertThat(described.get("new_members").toString()).isEqualTo("[\"node-a\",\"node-b\",\"node-d\"]");
        assertThat(described.get("public_key").asText()).isEqualTo(KEY);

        assertThat(sign(order, "alice.key").exitCode()).isEqualTo(Main.EXIT_OK);
        CliRun twice = sign(order, "alice.key");
        assertThat(twice.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(twice.err()).contains("is signed by admin " + alice + " already");
        CliRun second = sign(order, "bob.key");
        assertThat(JSON.readTree(second.out()).get("signatures").asInt()).isEqualTo(2);

        SignedReshareOrder signed = SignedReshareOrder.decode(Files.readAllBytes(order));
        signed.verify(new AdminQuorum(
                2,
                List.of(
                        Ed25519PublicKey.of(HexFormat.of().parseHex(alice)),
                        Ed25519PublicKey.of(HexFormat.of().parseHex(bob)))));
        assertThat(signed.order().newThreshold()).isEqualTo(2);
        assertThat(create(order, "2027-01-01T00:00:00Z").exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void badOrdersAreBadInputNamingTheProblem() throws Exception {
        CliRun time = create(folder.resolve("a.bin"), "tomorrow");
        assertThat(time.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(time.err()).contains("the reshare order is not valid");
        adminKey("alice.key");
        Files.write(folder.resolve("junk.bin"), new byte[] {1, 2, 3});
        CliRun junk = sign(folder.resolve("junk.bin"), "alice.key");
        assertThat(junk.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(junk.err()).contains("is neither a reshare order (CNRO) nor a signed one (CNSR)");
    }

    private CliRun create(Path out, String expiresAt) {
        return CliRun.of(
                "committee",
                "reshare-order",
                "--order-id",
                "epoch-7",
                "--wallet",
                "hot-eth",
                "--scheme",
                "ecdsa-secp256k1",
                "--public-key",
                KEY,
                "--old",
                "node-a",
                "node-b",
                "node-c",
                "--new",
                "node-a",
                "node-b",
                "node-d",
                "--threshold",
                "2",
                "--expires-at",
                expiresAt,
                "--out",
                out.toString(),
                "--json");
    }

    private CliRun sign(Path order, String keyFile) {
        return CliRun.of(
                "committee",
                "sign-reshare-order",
                "--order",
                order.toString(),
                "--admin-key",
                folder.resolve(keyFile).toString(),
                "--json");
    }

    private String adminKey(String file) throws Exception {
        CliRun run = CliRun.of(
                "committee", "admin-key", "--out", folder.resolve(file).toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        return JSON.readTree(run.out()).get("public_key").asText();
    }
}
