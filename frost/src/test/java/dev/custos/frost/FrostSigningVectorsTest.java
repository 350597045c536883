package dev.custos.frost;

import static dev.custos.frost.TestVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.aggregate.Aggregator;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SigningShare;
import dev.custos.frost.keys.VerifyingShare;
import dev.custos.frost.round1.RoundOneTestAccess;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.Round2;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningContext;
import dev.custos.frost.round2.SigningPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces the RFC 9591 (Appendix E) and ZF FROST signing vectors step by step: verifying key, shares, nonces from the
 * given randomness, commitments, binding factor inputs and factors, signature shares and the final signature.
 */
class FrostSigningVectorsTest {
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("rfc9591/frost-ed25519-sha512.json", Ciphersuites.ed25519()),
                Arguments.of("rfc9591/frost-secp256k1-sha256.json", Ciphersuites.secp256k1()),
                Arguments.of("zf-frost/ed25519/vectors.json", Ciphersuites.ed25519()),
                Arguments.of("zf-frost/ed25519/vectors-big-identifier.json", Ciphersuites.ed25519()),
                Arguments.of("zf-frost/secp256k1/vectors.json", Ciphersuites.secp256k1()),
                Arguments.of("zf-frost/secp256k1/vectors-big-identifier.json", Ciphersuites.secp256k1()),
                Arguments.of("zf-frost/secp256k1-tr/vectors.json", Ciphersuites.secp256k1Taproot()),
                Arguments.of("zf-frost/secp256k1-tr/vectors-big-identifier.json", Ciphersuites.secp256k1Taproot()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void sign_testVector_reproducesEveryIntermediateValue(String path, Ciphersuite suite) throws Exception {
        JsonNode vector = TestVectors.json(path);
        JsonNode inputs = vector.get("inputs");
        byte[] message = hex(inputs.get("message"));

        Scalar secret = suite.scalarField().decode(hex(inputs.get("group_secret_key")));
        JsonNode publicKeyNode =
                inputs.has("group_public_key") ? inputs.get("group_public_key") : inputs.get("verifying_key_key");
        VerifyingKey verifyingKey = VerifyingKey.decode(suite, hex(publicKeyNode));
        assertThat(suite.group().multiplyGenerator(secret)).isEqualTo(verifyingKey.element());

        List<Scalar> coefficients = new ArrayList<>();
        coefficients.add(secret);
        for (JsonNode coefficient : inputs.get("share_polynomial_coefficients")) {
            coefficients.add(suite.scalarField().decode(hex(coefficient)));
        }
        int minSigners = coefficients.size();

        SortedMap<Identifier, KeyPackage> keyPackages = new TreeMap<>();
        SortedMap<Identifier, VerifyingShare> verifyingShares = new TreeMap<>();
        for (JsonNode shareNode : inputs.get("participant_shares")) {
            Identifier identifier =
                    Identifier.of(suite, shareNode.get("identifier").asInt());
            SigningShare share = SigningShare.decode(suite, hex(shareNode.get("participant_share")));
            assertThat(share.scalar()).isEqualTo(evaluate(coefficients, identifier.value()));
            KeyPackage keyPackage =
                    KeyPackage.create(identifier, share, share.verifyingShare(), verifyingKey, minSigners);
            keyPackages.put(identifier, keyPackage);
            verifyingShares.put(identifier, keyPackage.verifyingShare());
        }
        PublicKeyPackage publicKeyPackage = new PublicKeyPackage(suite, verifyingShares, verifyingKey, minSigners);

        Map<Identifier, SigningNonces> nonces = new TreeMap<>();
        List<SigningCommitments> commitments = new ArrayList<>();
        for (JsonNode output : vector.get("round_one_outputs").get("outputs")) {
            Identifier identifier =
                    Identifier.of(suite, output.get("identifier").asInt());
            SigningShare share = keyPackages.get(identifier).signingShare();
            byte[] hidingRandomness = hex(output.get("hiding_nonce_randomness"));
            byte[] bindingRandomness = hex(output.get("binding_nonce_randomness"));
            assertThat(hex(RoundOneTestAccess.generateNonce(share, hidingRandomness)
                            .toBytes()))
                    .isEqualTo(output.get("hiding_nonce").asText());
            assertThat(hex(RoundOneTestAccess.generateNonce(share, bindingRandomness)
                            .toBytes()))
                    .isEqualTo(output.get("binding_nonce").asText());
            SigningNonces signerNonces =
                    RoundOneTestAccess.commit(identifier, share, hidingRandomness, bindingRandomness);
            assertThat(hex(signerNonces.commitments().hiding().encode()))
                    .isEqualTo(output.get("hiding_nonce_commitment").asText());
            assertThat(hex(signerNonces.commitments().binding().encode()))
                    .isEqualTo(output.get("binding_nonce_commitment").asText());
            nonces.put(identifier, signerNonces);
            commitments.add(signerNonces.commitments());
        }
        assertThat(nonces.keySet().stream().map(id -> id.value().toBigInteger().intValueExact()))
                .containsExactlyElementsOf(() -> inputs.get("participant_list")
                        .valueStream()
                        .map(JsonNode::asInt)
                        .iterator());

        SigningPackage signingPackage = SigningPackage.create(suite, commitments, message);
        SigningContext context = SigningContext.compute(signingPackage, verifyingKey);
        for (JsonNode output : vector.get("round_one_outputs").get("outputs")) {
            Identifier identifier =
                    Identifier.of(suite, output.get("identifier").asInt());
            assertThat(hex(context.bindingFactorInput(identifier)))
                    .isEqualTo(output.get("binding_factor_input").asText());
            assertThat(hex(context.bindingFactor(identifier).toBytes()))
                    .isEqualTo(output.get("binding_factor").asText());
        }

        Map<Identifier, SignatureShare> shares = new TreeMap<>();
        for (JsonNode output : vector.get("round_two_outputs").get("outputs")) {
            Identifier identifier =
                    Identifier.of(suite, output.get("identifier").asInt());
            SignatureShare share = Round2.sign(signingPackage, nonces.get(identifier), keyPackages.get(identifier));
            assertThat(hex(share.share().toBytes()))
                    .isEqualTo(output.get("sig_share").asText());
            shares.put(identifier, share);
        }

        Signature signature = Aggregator.aggregate(signingPackage, shares, publicKeyPackage);
        assertThat(hex(signature.encode()))
                .isEqualTo(vector.get("final_output").get("sig").asText());
        Signature decoded =
                Signature.decode(suite, hex(vector.get("final_output").get("sig")));
        decoded.verify(verifyingKey, message);
    }

    private static Scalar evaluate(List<Scalar> coefficients, Scalar x) {
        Scalar result = x.field().zero();
        Scalar power = x.field().one();
        for (Scalar coefficient : coefficients) {
            result = result.add(coefficient.multiply(power));
            power = power.multiply(x);
        }
        return result;
    }
}
