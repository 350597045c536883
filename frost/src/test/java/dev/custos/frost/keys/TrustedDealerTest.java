package dev.custos.frost.keys;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrustedDealerTest {
    private final SecureRandom random = new SecureRandom();

    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void generate_everyShareVerifiesAndMatchesPublicPackage(Ciphersuite suite) throws Exception {
        DealerOutput output = TrustedDealer.generate(suite, 3, 5, random);

        assertThat(output.secretShares()).hasSize(5);
        assertThat(output.publicKeyPackage().minSigners()).isEqualTo(3);
        for (SecretShare share : output.secretShares().values()) {
            KeyPackage keyPackage = KeyPackage.fromVerified(share);
            assertThat(keyPackage.minSigners()).isEqualTo(3);
            assertThat(keyPackage.verifyingKey())
                    .isEqualTo(output.publicKeyPackage().verifyingKey());
            assertThat(output.publicKeyPackage().verifyingShare(share.identifier()))
                    .isEqualTo(keyPackage.verifyingShare());
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void generate_importedSecret_groupKeyIsSecretTimesGenerator(Ciphersuite suite) throws Exception {
        Scalar secret = suite.scalarField().randomNonZero(random);
        DealerOutput output = TrustedDealer.generate(suite, 2, 3, secret, random);

        assertThat(output.publicKeyPackage().verifyingKey().element())
                .isEqualTo(suite.group().multiplyGenerator(secret));
        assertThat(secret.isZero()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void generate_importedSecret_callerKeepsItsValueAndSharesInterpolateToIt(Ciphersuite suite) throws Exception {
        Scalar secret = suite.scalarField().randomNonZero(random);
        byte[] expected = secret.toBytes();

        DealerOutput output = TrustedDealer.generate(suite, 2, 3, secret, random);

        assertThat(secret.toBytes()).isEqualTo(expected);
        Identifier one = Identifier.of(suite, 1);
        Identifier two = Identifier.of(suite, 2);
        // f(0) = 2 f(1) - f(2) for a degree-1 polynomial
        Scalar reconstructed = output.secretShares()
                .get(one)
                .signingShare()
                .scalar()
                .add(output.secretShares().get(one).signingShare().scalar())
                .subtract(output.secretShares().get(two).signingShare().scalar());
        assertThat(reconstructed).isEqualTo(secret);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void fromVerified_tamperedShare_isInvalidSecretShare(Ciphersuite suite) throws Exception {
        DealerOutput output = TrustedDealer.generate(suite, 2, 3, random);
        SecretShare honest = output.secretShares().firstEntry().getValue();
        SigningShare tampered = SigningShare.of(
                suite, honest.signingShare().scalar().add(suite.scalarField().one()));
        SecretShare forged = new SecretShare(honest.identifier(), tampered, honest.commitment());

        assertFrostFailure(() -> KeyPackage.fromVerified(forged), FrostErrorCode.INVALID_SECRET_SHARE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void generate_badThresholds_areRejected(Ciphersuite suite) {
        assertFrostFailure(() -> TrustedDealer.generate(suite, 1, 3, random), FrostErrorCode.INVALID_MIN_SIGNERS);
        assertFrostFailure(() -> TrustedDealer.generate(suite, 4, 3, random), FrostErrorCode.INVALID_MIN_SIGNERS);
        assertFrostFailure(() -> TrustedDealer.generate(suite, 2, 1, random), FrostErrorCode.INVALID_MAX_SIGNERS);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void generate_duplicateCustomIdentifier_namesIt(Ciphersuite suite) {
        Identifier seven = Identifier.of(suite, 7);
        List<Identifier> identifiers = List.of(Identifier.of(suite, 1), seven, seven);
        Scalar secret = suite.scalarField().randomNonZero(random);

        assertFrostFailure(
                () -> TrustedDealer.generate(suite, 2, identifiers, secret, random),
                FrostErrorCode.DUPLICATE_IDENTIFIER,
                seven);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void create_signingShareNotMatchingVerifyingShare_isInvalidKeyPackage(Ciphersuite suite) throws Exception {
        DealerOutput output = TrustedDealer.generate(suite, 2, 3, random);
        SecretShare first = output.secretShares().firstEntry().getValue();
        SecretShare second = output.secretShares().lastEntry().getValue();

        assertFrostFailure(
                () -> KeyPackage.create(
                        first.identifier(),
                        first.signingShare(),
                        second.signingShare().verifyingShare(),
                        output.publicKeyPackage().verifyingKey(),
                        2),
                FrostErrorCode.INVALID_KEY_PACKAGE);
    }
}
