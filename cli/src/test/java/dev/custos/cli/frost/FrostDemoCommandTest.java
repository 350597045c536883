package dev.custos.cli.frost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Signature;
import dev.custos.frost.VerifyingKey;
import fr.acinq.secp256k1.Secp256k1;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

class FrostDemoCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private static JsonNode runJson(String suite, int threshold, int parties, String message) throws Exception {
        CliRun run = CliRun.of(
                "frost",
                "demo",
                "--suite",
                suite,
                "--threshold",
                Integer.toString(threshold),
                "--parties",
                Integer.toString(parties),
                "--message",
                message,
                "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode json = MAPPER.readTree(lines.get(0));
        assertThat(json.get("suite").asText()).isEqualTo(suite);
        assertThat(json.get("threshold").asInt()).isEqualTo(threshold);
        assertThat(json.get("parties").asInt()).isEqualTo(parties);
        assertThat(json.get("message").asText()).isEqualTo(message);
        Set<Integer> signers = new HashSet<>();
        json.get("signers").forEach(signer -> signers.add(signer.asInt()));
        assertThat(signers).hasSize(threshold).allSatisfy(id -> assertThat(id).isBetween(1, parties));
        return json;
    }

    @Test
    void ed25519_signatureVerifiesWithBouncyCastle() throws Exception {
        JsonNode json = runJson("ed25519", 2, 3, "48656c6c6f");
        byte[] publicKey = HEX.parseHex(json.get("group_public_key").asText());
        byte[] signature = HEX.parseHex(json.get("signature").asText());
        byte[] message = HEX.parseHex("48656c6c6f");
        assertThat(publicKey).hasSize(32);
        assertThat(signature).hasSize(64);
        assertThat(Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length))
                .isTrue();
        message[0] ^= 1;
        assertThat(Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length))
                .isFalse();
    }

    @Test
    void taproot_signatureVerifiesWithLibsecp256k1() throws Exception {
        JsonNode json =
                runJson("secp256k1-tr", 3, 5, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        byte[] publicKey = HEX.parseHex(json.get("group_public_key").asText());
        byte[] signature = HEX.parseHex(json.get("signature").asText());
        assertThat(publicKey).hasSize(32);
        assertThat(signature).hasSize(64);
        Secp256k1 secp256k1 = Secp256k1.Companion.get();
        byte[] message = HEX.parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        assertThat(secp256k1.verifySchnorr(signature, message, publicKey)).isTrue();
        message[0] ^= 1;
        assertThat(secp256k1.verifySchnorr(signature, message, publicKey)).isFalse();
    }

    @Test
    void secp256k1_signatureVerifiesUnderTheGroupKey() throws Exception {
        JsonNode json = runJson("secp256k1", 2, 2, "");
        byte[] publicKey = HEX.parseHex(json.get("group_public_key").asText());
        byte[] encoded = HEX.parseHex(json.get("signature").asText());
        assertThat(publicKey).hasSize(33);
        assertThat(encoded).hasSize(65);
        var suite = Ciphersuites.secp256k1();
        VerifyingKey key = VerifyingKey.decode(suite, publicKey);
        Signature signature = Signature.decode(suite, encoded);
        signature.verify(key, new byte[0]);
    }

    @Test
    void humanOutput_showsTheSignature() {
        CliRun run = CliRun.of(
                "frost", "demo", "--suite", "ED25519", "--threshold", "2", "--parties", "3", "--message", "0x00");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("group public key").contains("signature").contains("verified");
    }

    @Test
    void badInput_exitsTwoWithAClearMessage() {
        assertBadInput(
                "unknown suite 'p256'", "--suite", "p256", "--threshold", "2", "--parties", "3", "--message", "");
        assertBadInput(
                "--threshold must be between 2",
                "--suite",
                "ed25519",
                "--threshold",
                "4",
                "--parties",
                "3",
                "--message",
                "");
        assertBadInput(
                "--threshold must be between 2",
                "--suite",
                "ed25519",
                "--threshold",
                "1",
                "--parties",
                "3",
                "--message",
                "");
        assertBadInput(
                "--parties must be between 2",
                "--suite",
                "ed25519",
                "--threshold",
                "2",
                "--parties",
                "999",
                "--message",
                "");
        assertBadInput("not valid hex", "--suite", "ed25519", "--threshold", "2", "--parties", "3", "--message", "zz");
        assertBadInput("even number", "--suite", "ed25519", "--threshold", "2", "--parties", "3", "--message", "abc");
        assertBadInput("Missing required option", "--suite", "ed25519");
    }

    private static void assertBadInput(String expected, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "frost";
        args[1] = "demo";
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(expected);
        assertThat(run.out()).isEmpty();
    }
}
