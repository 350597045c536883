package dev.custos.frost.dkg;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.serialization.LifecycleMessageType;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Binary encodings of the DKG messages: round trips and strict decoding of malformed input, naming the sender. */
class DkgMessagesTest {
    private static final int SENDER_OFFSET = MessageWriter.LIFECYCLE_HEADER_LENGTH;
    private static final int COMMITMENT_OFFSET = SENDER_OFFSET + 32 + 2;

    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    private static Round1Package round1(Ciphersuite suite) {
        DkgParameters parameters = DkgParameters.of(suite, SessionId.random(RANDOM), 3, 4);
        return Dkg.part1(parameters, Identifier.of(suite, 2), RANDOM).round1Package();
    }

    private static Round2Package round2Package(Ciphersuite suite) {
        return new Round2Package(
                suite,
                SessionId.random(RANDOM),
                Identifier.of(suite, 2),
                Identifier.of(suite, 5),
                suite.scalarField().random(RANDOM));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void round1Package_roundTrips(Ciphersuite suite) throws Exception {
        Round1Package original = round1(suite);
        byte[] encoding = original.encode();

        assertThat(encoding).hasSize(COMMITMENT_OFFSET + 3 * suite.group().elementLength() + suite.signatureLength());
        assertThat(encoding[0]).isEqualTo((byte) 1);
        assertThat(encoding[1]).isEqualTo((byte) suite.id());
        assertThat(encoding[2]).isEqualTo((byte) LifecycleMessageType.DKG_ROUND1.code());
        assertThat(Round1Package.decode(suite, original.sender(), encoding)).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void round2Package_roundTrips(Ciphersuite suite) throws Exception {
        Round2Package original = round2Package(suite);
        Round2Package decoded = Round2Package.decode(suite, original.sender(), original.encode());

        assertThat(decoded.share()).isEqualTo(original.share());
        assertThat(decoded.sender()).isEqualTo(original.sender());
        assertThat(decoded.recipient()).isEqualTo(original.recipient());
        assertThat(decoded.sessionId()).isEqualTo(original.sessionId());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void decode_everyTruncation_isMalformedNamingTheSender(Ciphersuite suite) {
        Round1Package original = round1(suite);
        byte[] encoding = original.encode();
        for (int length = 0; length < encoding.length; length++) {
            byte[] truncated = Arrays.copyOf(encoding, length);
            assertFrostFailure(
                    () -> Round1Package.decode(suite, original.sender(), truncated),
                    FrostErrorCode.MALFORMED_MESSAGE,
                    original.sender());
        }
        Round2Package secret = round2Package(suite);
        byte[] secretEncoding = secret.encode();
        for (int length = 0; length < secretEncoding.length; length++) {
            byte[] truncated = Arrays.copyOf(secretEncoding, length);
            assertFrostFailure(
                    () -> Round2Package.decode(suite, secret.sender(), truncated),
                    FrostErrorCode.MALFORMED_MESSAGE,
                    secret.sender());
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void decode_headerAndFramingErrors_areRejected(Ciphersuite suite) {
        Round1Package original = round1(suite);
        Identifier from = original.sender();
        byte[] encoding = original.encode();

        byte[] trailing = Arrays.copyOf(encoding, encoding.length + 1);
        assertFrostFailure(() -> Round1Package.decode(suite, from, trailing), FrostErrorCode.MALFORMED_MESSAGE, from);
        assertFrostFailure(
                () -> Round1Package.decode(suite, from, with(encoding, 0, 2)),
                FrostErrorCode.UNSUPPORTED_VERSION,
                from);
        Ciphersuite other = suite == Ciphersuites.ed25519() ? Ciphersuites.secp256k1() : Ciphersuites.ed25519();
        assertFrostFailure(
                () -> Round1Package.decode(suite, from, with(encoding, 1, other.id())),
                FrostErrorCode.CIPHERSUITE_MISMATCH,
                from);
        assertFrostFailure(
                () -> Round1Package.decode(suite, from, with(encoding, 2, LifecycleMessageType.DKG_ROUND2.code())),
                FrostErrorCode.MALFORMED_MESSAGE,
                from);
        assertFrostFailure(() -> Round2Package.decode(suite, from, encoding), FrostErrorCode.MALFORMED_MESSAGE, from);
        byte[] zeroCount = with(with(encoding, COMMITMENT_OFFSET - 2, 0), COMMITMENT_OFFSET - 1, 0);
        assertFrostFailure(() -> Round1Package.decode(suite, from, zeroCount), FrostErrorCode.MALFORMED_MESSAGE, from);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void decode_senderFieldOtherThanTheChannel_namesTheChannel(Ciphersuite suite) {
        Round1Package original = round1(suite);
        Identifier channel = Identifier.of(suite, 3);

        assertFrostFailure(
                () -> Round1Package.decode(suite, channel, original.encode()),
                FrostErrorCode.INCORRECT_PACKAGE,
                channel);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void decode_zeroOrNonCanonicalIdentifier_isRejected(Ciphersuite suite) {
        Round1Package original = round1(suite);
        Identifier from = original.sender();
        byte[] zero = original.encode();
        Arrays.fill(zero, SENDER_OFFSET, SENDER_OFFSET + 32, (byte) 0);
        byte[] tooLarge = original.encode();
        Arrays.fill(tooLarge, SENDER_OFFSET, SENDER_OFFSET + 32, (byte) 0xFF);

        assertFrostFailure(() -> Round1Package.decode(suite, from, zero), FrostErrorCode.INVALID_IDENTIFIER, from);
        assertFrostFailure(() -> Round1Package.decode(suite, from, tooLarge), FrostErrorCode.INVALID_IDENTIFIER, from);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void decode_nonCanonicalShare_isMalformed(Ciphersuite suite) {
        Round2Package original = round2Package(suite);
        byte[] encoding = original.encode();
        byte[] order = orderBytes(suite);
        System.arraycopy(order, 0, encoding, encoding.length - 32, 32);

        assertFrostFailure(
                () -> Round2Package.decode(suite, original.sender(), encoding),
                FrostErrorCode.MALFORMED_MESSAGE,
                original.sender());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void decode_identityCommitment_namesTheSender(Ciphersuite suite) {
        Round1Package original = round1(suite);
        byte[] encoding = original.encode();
        byte[] identity = MessageReader.identityMarker(suite.group());
        System.arraycopy(
                identity, 0, encoding, COMMITMENT_OFFSET + suite.group().elementLength(), identity.length);

        assertFrostFailure(
                () -> Round1Package.decode(suite, original.sender(), encoding),
                FrostErrorCode.IDENTITY_COMMITMENT,
                original.sender());
    }

    @Test
    void decode_secp256k1PointOffTheCurve_isMalformed() {
        for (Ciphersuite suite : List.of(Ciphersuites.secp256k1(), Ciphersuites.secp256k1Taproot())) {
            Round1Package original = round1(suite);
            for (byte[] point :
                    List.of(InvalidEncodings.secp256k1OffCurve(), InvalidEncodings.secp256k1NonCanonicalX())) {
                byte[] encoding = original.encode();
                System.arraycopy(point, 0, encoding, COMMITMENT_OFFSET, point.length);
                assertFrostFailure(
                        () -> Round1Package.decode(suite, original.sender(), encoding),
                        FrostErrorCode.MALFORMED_MESSAGE,
                        original.sender());
            }
        }
    }

    @Test
    void decode_ed25519PointsOutsideThePrimeOrderSubgroup_areMalformed() {
        Ciphersuite suite = Ciphersuites.ed25519();
        Round1Package original = round1(suite);
        byte[] valid = original.commitment().coefficients().get(1).encode();
        for (byte[] point : List.of(InvalidEncodings.ed25519OrderTwo(), InvalidEncodings.ed25519MixedOrder(valid))) {
            byte[] encoding = original.encode();
            System.arraycopy(point, 0, encoding, COMMITMENT_OFFSET + 32, point.length);
            assertFrostFailure(
                    () -> Round1Package.decode(suite, original.sender(), encoding),
                    FrostErrorCode.MALFORMED_MESSAGE,
                    original.sender());
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void decode_proofWithInvalidNonceCommitmentOrResponse_isMalformed(Ciphersuite suite) {
        Round1Package original = round1(suite);
        byte[] encoding = original.encode();
        int proofOffset = encoding.length - suite.signatureLength();
        Arrays.fill(encoding, proofOffset, proofOffset + suite.signatureLength() - 32, (byte) 0xFF);
        byte[] nonCanonicalResponse = original.encode();
        System.arraycopy(orderBytes(suite), 0, nonCanonicalResponse, nonCanonicalResponse.length - 32, 32);

        assertFrostFailure(
                () -> Round1Package.decode(suite, original.sender(), encoding),
                FrostErrorCode.MALFORMED_MESSAGE,
                original.sender());
        assertFrostFailure(
                () -> Round1Package.decode(suite, original.sender(), nonCanonicalResponse),
                FrostErrorCode.MALFORMED_MESSAGE,
                original.sender());
    }

    private static byte[] with(byte[] encoding, int index, int value) {
        byte[] copy = encoding.clone();
        copy[index] = (byte) value;
        return copy;
    }

    /** The group order q in the suite's scalar encoding: the smallest non-canonical scalar. */
    private static byte[] orderBytes(Ciphersuite suite) {
        byte[] raw = suite.scalarField().order().toByteArray();
        byte[] out = new byte[32];
        System.arraycopy(raw, raw.length - 32, out, 0, 32);
        if (suite.scalarField().byteOrder() == java.nio.ByteOrder.LITTLE_ENDIAN) {
            for (int i = 0, j = 31; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return out;
    }
}
