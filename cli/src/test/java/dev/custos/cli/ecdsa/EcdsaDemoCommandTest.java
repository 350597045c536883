package dev.custos.cli.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.jcajce.provider.digest.Keccak;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class EcdsaDemoCommandTest {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final String HASH = "4b688df40bcedbe641ddb16ff0a1842d9c67ea1c3bf63f3e0471baa664531d1a";

    @Test
    void json_signatureVerifiesWithBouncyCastleAndMatchesTheAddress() throws Exception {
        CliRun run = CliRun.of("ecdsa", "demo", "--threshold", "2", "--parties", "3", "--message-hash", HASH, "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertThat(json.get("threshold").asInt()).isEqualTo(2);
        assertThat(json.get("parties").asInt()).isEqualTo(3);
        assertThat(json.get("message_hash").asText()).isEqualTo(HASH);
        Set<Integer> signers = new HashSet<>();
        json.get("signers").forEach(signer -> signers.add(signer.asInt()));
        assertThat(signers).hasSize(2).allSatisfy(id -> assertThat(id).isBetween(1, 3));

        HexFormat hex = HexFormat.of();
        byte[] publicKey = hex.parseHex(json.get("public_key").asText());
        assertThat(publicKey).hasSize(33);
        BigInteger r = new BigInteger(json.get("r").asText(), 16);
        BigInteger s = new BigInteger(json.get("s").asText(), 16);
        int v = json.get("v").asInt();
        assertThat(v).isBetween(0, 1);
        assertThat(s).isLessThanOrEqualTo(CURVE.getN().shiftRight(1));

        ECPoint point = CURVE.getCurve().decodePoint(publicKey);
        ECDSASigner verifier = new ECDSASigner();
        ECDomainParameters domain = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN());
        verifier.init(false, new ECPublicKeyParameters(point, domain));
        assertThat(verifier.verifySignature(hex.parseHex(HASH), r, s)).isTrue();

        byte[] uncompressed = point.getEncoded(false);
        Keccak.Digest256 keccak = new Keccak.Digest256();
        keccak.update(uncompressed, 1, 64);
        byte[] digest = keccak.digest();
        String expectedAddress = hex.formatHex(digest, 12, 32);
        String address = json.get("address").asText();
        assertThat(address).startsWith("0x").hasSize(42);
        assertThat(address.substring(2).toLowerCase(java.util.Locale.ROOT)).isEqualTo(expectedAddress);
    }

    @Test
    void humanOutput_showsTheSignature() {
        CliRun run = CliRun.of("ecdsa", "demo", "--threshold", "2", "--parties", "2", "--message-hash", "0x" + HASH);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("address").contains("low-S").contains("verified");
    }

    @Test
    void badInput_exitsTwoWithAClearMessage() {
        assertBadInput("32 bytes", "--threshold", "2", "--parties", "3", "--message-hash", "abcd");
        assertBadInput(
                "not valid hex", "--threshold", "2", "--parties", "3", "--message-hash", "zz" + HASH.substring(2));
        assertBadInput("--threshold must be between 2", "--threshold", "4", "--parties", "3", "--message-hash", HASH);
        assertBadInput("--parties must be between 2", "--threshold", "2", "--parties", "1000", "--message-hash", HASH);
        assertBadInput("Missing required option", "--threshold", "2");
    }

    private static void assertBadInput(String expected, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "ecdsa";
        args[1] = "demo";
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(expected);
        assertThat(run.out()).isEmpty();
    }
}
