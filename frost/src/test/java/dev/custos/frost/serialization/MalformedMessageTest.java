package dev.custos.frost.serialization;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.ScalarField;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.TestVectors;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.SigningShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.keys.VerifiableSecretSharingCommitment;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedMessageTest {
    private static final int HEADER = 3;
    private static final int SCALAR = 32;
    private final SecureRandom random = new SecureRandom();

    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    private SigningCommitments commitments(Ciphersuite suite) throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 2, random);
        SortedMap<Identifier, SigningNonces> nonces = harness.commit(List.of(harness.identifier(1)), random);
        return nonces.get(harness.identifier(1)).commitments();
    }

    private static byte[] splice(byte[] message, int offset, byte[] replacement) {
        byte[] copy = message.clone();
        System.arraycopy(replacement, 0, copy, offset, replacement.length);
        return copy;
    }

    /** The group order q itself, encoded like a scalar: the smallest non-canonical value. */
    private static byte[] order(ScalarField field) {
        byte[] bigEndian = field.order().toByteArray();
        byte[] out = new byte[SCALAR];
        System.arraycopy(bigEndian, bigEndian.length - SCALAR, out, 0, SCALAR);
        if (field.byteOrder() == ByteOrder.LITTLE_ENDIAN) {
            for (int i = 0; i < SCALAR / 2; i++) {
                byte t = out[i];
                out[i] = out[SCALAR - 1 - i];
                out[SCALAR - 1 - i] = t;
            }
        }
        return out;
    }

    /** An element encoding the group's strict decoder must refuse: off the curve or with a small-order component. */
    private static byte[] invalidElement(Ciphersuite suite) {
        if (suite == Ciphersuites.ed25519()) {
            // (0, -1): on the curve, order 2, so outside the prime-order subgroup.
            return TestVectors.hex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        }
        // x = 5: x^3 + 7 = 132 is not a square modulo p, so no point has this x.
        byte[] encoding = new byte[33];
        encoding[0] = 0x02;
        encoding[32] = 5;
        return encoding;
    }

    @ParameterizedTest
    @MethodSource("suites")
    void commitments_everyTruncation_isMalformed(Ciphersuite suite) throws Exception {
        byte[] bytes = commitments(suite).serialize();
        for (int length = 0; length < bytes.length; length++) {
            byte[] truncated = Arrays.copyOf(bytes, length);
            assertFrostFailure(() -> SigningCommitments.deserialize(truncated), FrostErrorCode.MALFORMED_MESSAGE);
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void commitments_trailingByte_isMalformed(Ciphersuite suite) throws Exception {
        byte[] bytes = commitments(suite).serialize();
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertFrostFailure(() -> SigningCommitments.deserialize(longer), FrostErrorCode.MALFORMED_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void commitments_headerFaults_areRejected(Ciphersuite suite) throws Exception {
        byte[] bytes = commitments(suite).serialize();
        assertFrostFailure(
                () -> SigningCommitments.deserialize(splice(bytes, 0, new byte[] {2})),
                FrostErrorCode.UNSUPPORTED_VERSION);
        assertFrostFailure(
                () -> SigningCommitments.deserialize(splice(bytes, 1, new byte[] {(byte) 0x7f})),
                FrostErrorCode.MALFORMED_MESSAGE);
        assertFrostFailure(
                () -> SigningCommitments.deserialize(
                        splice(bytes, 2, new byte[] {(byte) MessageType.SIGNATURE_SHARE.tag()})),
                FrostErrorCode.MALFORMED_MESSAGE);
        assertFrostFailure(() -> SignatureShare.deserialize(bytes), FrostErrorCode.MALFORMED_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void commitments_zeroIdentifier_isMalformed(Ciphersuite suite) throws Exception {
        byte[] bytes = commitments(suite).serialize();
        assertFrostFailure(
                () -> SigningCommitments.deserialize(splice(bytes, HEADER, new byte[SCALAR])),
                FrostErrorCode.MALFORMED_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void commitments_invalidPoint_isMalformed(Ciphersuite suite) throws Exception {
        byte[] bytes = commitments(suite).serialize();
        int hiding = HEADER + SCALAR;
        int binding = hiding + suite.group().elementLength();
        assertFrostFailure(
                () -> SigningCommitments.deserialize(splice(bytes, hiding, invalidElement(suite))),
                FrostErrorCode.MALFORMED_MESSAGE);
        assertFrostFailure(
                () -> SigningCommitments.deserialize(splice(bytes, binding, invalidElement(suite))),
                FrostErrorCode.MALFORMED_MESSAGE);
    }

    @Test
    void commitments_identityElement_isMalformed() throws Exception {
        Ciphersuite suite = Ciphersuites.ed25519();
        byte[] bytes = commitments(suite).serialize();
        byte[] identity = new byte[32];
        identity[0] = 1; // (0, 1), the neutral element of edwards25519
        assertFrostFailure(
                () -> SigningCommitments.deserialize(splice(bytes, HEADER + SCALAR, identity)),
                FrostErrorCode.MALFORMED_MESSAGE);
        Ciphersuite secp = Ciphersuites.secp256k1();
        byte[] secpBytes = commitments(secp).serialize();
        assertFrostFailure(
                () -> SigningCommitments.deserialize(splice(secpBytes, HEADER + SCALAR, new byte[33])),
                FrostErrorCode.MALFORMED_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signatureShare_nonCanonicalScalar_isMalformed(Ciphersuite suite) throws Exception {
        SignatureShare share = new SignatureShare(
                suite, Identifier.of(suite, 7), suite.scalarField().one());
        byte[] bytes = share.serialize();
        assertFrostFailure(
                () -> SignatureShare.deserialize(splice(bytes, HEADER + SCALAR, order(suite.scalarField()))),
                FrostErrorCode.MALFORMED_MESSAGE);
        assertFrostFailure(
                () -> SignatureShare.deserialize(splice(bytes, HEADER, order(suite.scalarField()))),
                FrostErrorCode.MALFORMED_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signingPackage_duplicateIdentifier_namesIt(Ciphersuite suite) throws Exception {
        SigningCommitments commitments = commitments(suite);
        byte[] one = new SigningPackage(suite, List.of(commitments), new byte[] {9}).serialize();
        int entry = SCALAR + 2 * suite.group().elementLength();
        // Header, count = 2, the same entry twice, then the message.
        byte[] twice = new byte[one.length + entry];
        System.arraycopy(one, 0, twice, 0, HEADER + 2 + entry);
        System.arraycopy(one, HEADER + 2, twice, HEADER + 2 + entry, one.length - HEADER - 2);
        twice[HEADER + 1] = 2;

        assertFrostFailure(
                () -> SigningPackage.deserialize(twice), FrostErrorCode.DUPLICATE_IDENTIFIER, commitments.identifier());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signingPackage_oversizedMessageLength_isMalformed(Ciphersuite suite) throws Exception {
        byte[] bytes = new SigningPackage(suite, List.of(commitments(suite)), new byte[] {9}).serialize();
        int lengthOffset = bytes.length - 1 - 4;
        byte[] huge = splice(bytes, lengthOffset, new byte[] {(byte) 0x7f, 0, 0, 1});
        assertFrostFailure(() -> SigningPackage.deserialize(huge), FrostErrorCode.MALFORMED_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void keyPackage_signingShareNotMatchingVerifyingShare_isInvalidKeyPackage(Ciphersuite suite) throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 2, random);
        KeyPackage keyPackage = harness.keyPackages().get(harness.identifier(1));
        byte[] bytes = keyPackage.serialize();
        byte[] otherShare = suite.scalarField().of(BigInteger.valueOf(12345)).toBytes();
        assertFrostFailure(
                () -> KeyPackage.deserialize(splice(bytes, HEADER + SCALAR, otherShare)),
                FrostErrorCode.INVALID_KEY_PACKAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void keyPackage_zeroSigningShare_isInvalidKeyPackage(Ciphersuite suite) throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 2, random);
        byte[] bytes = harness.keyPackages().get(harness.identifier(1)).serialize();
        assertFrostFailure(
                () -> KeyPackage.deserialize(splice(bytes, HEADER + SCALAR, new byte[SCALAR])),
                FrostErrorCode.INVALID_KEY_PACKAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void secretShare_zeroShare_failsVerification(Ciphersuite suite) throws Exception {
        SecretShare share = TrustedDealer.generate(suite, 2, 2, random)
                .secretShares()
                .values()
                .iterator()
                .next();
        SecretShare zero = SecretShare.deserialize(splice(share.serialize(), HEADER + SCALAR, new byte[SCALAR]));
        assertFrostFailure(zero::verify, FrostErrorCode.INVALID_SECRET_SHARE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void secretShare_commitmentThatVanishesAtTheIdentifier_failsVerification(Ciphersuite suite) throws Exception {
        // C_0 = -Q, C_1 = Q: the dealer's polynomial commitment evaluates to the identity at identifier 1
        Element point = suite.group().multiplyGenerator(suite.scalarField().of(BigInteger.valueOf(7)));
        SecretShare share = new SecretShare(
                Identifier.of(suite, 1),
                SigningShare.of(suite, suite.scalarField().of(BigInteger.ONE)),
                new VerifiableSecretSharingCommitment(suite, List.of(point.negate(), point)));
        assertFrostFailure(share::verify, FrostErrorCode.INVALID_SECRET_SHARE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void publicKeyPackage_unsortedOrBadThreshold_isMalformed(Ciphersuite suite) throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        PublicKeyPackage publicKeyPackage = harness.publicKeyPackage();
        byte[] bytes = publicKeyPackage.serialize();
        int entry = SCALAR + suite.group().elementLength();
        int first = HEADER + 4;
        byte[] swapped = bytes.clone();
        System.arraycopy(bytes, first, swapped, first + entry, entry);
        System.arraycopy(bytes, first + entry, swapped, first, entry);
        assertFrostFailure(() -> PublicKeyPackage.deserialize(swapped), FrostErrorCode.MALFORMED_MESSAGE);
        assertFrostFailure(
                () -> PublicKeyPackage.deserialize(splice(bytes, HEADER, new byte[] {0, 4})),
                FrostErrorCode.MALFORMED_MESSAGE);
    }
}
