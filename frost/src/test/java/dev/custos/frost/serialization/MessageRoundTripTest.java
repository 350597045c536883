package dev.custos.frost.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.keys.DealerOutput;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import java.security.SecureRandom;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageRoundTripTest {
    private static final byte[] MESSAGE = "round trip".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private final SecureRandom random = new SecureRandom();

    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signingMessages_serializeThenDeserialize_roundTrip(Ciphersuite suite) throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        SortedMap<Identifier, SigningNonces> nonces =
                harness.commit(List.of(harness.identifier(1), harness.identifier(3)), random);
        SigningPackage signingPackage = harness.signingPackage(nonces, MESSAGE);

        for (SigningCommitments commitments : signingPackage.commitments()) {
            byte[] bytes = commitments.serialize();
            assertThat(bytes[0]).isEqualTo((byte) MessageWriter.FORMAT_VERSION);
            assertThat(bytes[1]).isEqualTo((byte) suite.id());
            assertThat(SigningCommitments.deserialize(bytes)).isEqualTo(commitments);
        }
        assertThat(SigningPackage.deserialize(signingPackage.serialize())).isEqualTo(signingPackage);

        SigningNonces restored =
                SigningNonces.deserialize(nonces.get(harness.identifier(1)).serialize());
        assertThat(restored.commitments())
                .isEqualTo(nonces.get(harness.identifier(1)).commitments());
        nonces.put(harness.identifier(1), restored);

        SortedMap<Identifier, SignatureShare> shares = harness.sign(signingPackage, nonces);
        for (SignatureShare share : shares.values()) {
            assertThat(SignatureShare.deserialize(share.serialize())).isEqualTo(share);
        }
        Signature signature =
                dev.custos.frost.aggregate.Aggregator.aggregate(signingPackage, shares, harness.publicKeyPackage());
        Signature decoded = SignatureMessages.deserialize(SignatureMessages.serialize(signature));
        assertThat(decoded).isEqualTo(signature);
        decoded.verify(harness.publicKeyPackage().verifyingKey(), MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void keyMessages_serializeThenDeserialize_roundTrip(Ciphersuite suite) throws Exception {
        DealerOutput output = TrustedDealer.generate(suite, 3, 4, random);
        PublicKeyPackage publicKeyPackage = output.publicKeyPackage();
        assertThat(PublicKeyPackage.deserialize(publicKeyPackage.serialize())).isEqualTo(publicKeyPackage);

        for (SecretShare share : output.secretShares().values()) {
            SecretShare decodedShare = SecretShare.deserialize(share.serialize());
            assertThat(decodedShare.identifier()).isEqualTo(share.identifier());
            assertThat(decodedShare.commitment()).isEqualTo(share.commitment());
            assertThat(decodedShare.signingShare().equalsSecret(share.signingShare()))
                    .isTrue();

            KeyPackage keyPackage = KeyPackage.fromVerified(decodedShare);
            KeyPackage decodedKey = KeyPackage.deserialize(keyPackage.serialize());
            assertThat(decodedKey.identifier()).isEqualTo(keyPackage.identifier());
            assertThat(decodedKey.signingShare().equalsSecret(keyPackage.signingShare()))
                    .isTrue();
            assertThat(decodedKey.verifyingShare()).isEqualTo(keyPackage.verifyingShare());
            assertThat(decodedKey.verifyingKey()).isEqualTo(keyPackage.verifyingKey());
            assertThat(decodedKey.minSigners()).isEqualTo(3);
        }
    }
}
