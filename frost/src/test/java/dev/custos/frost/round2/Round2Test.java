package dev.custos.frost.round2;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.round1.FileNonceStore;
import dev.custos.frost.round1.InMemoryNonceStore;
import dev.custos.frost.round1.NonceStore;
import dev.custos.frost.round1.Round1;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Round2Test {
    private static final byte[] MESSAGE = {4, 2};
    private final SecureRandom random = new SecureRandom();

    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    private record Setup(
            SigningHarness harness, SortedMap<Identifier, SigningNonces> nonces, SigningPackage signingPackage) {
        Identifier first() {
            return nonces.firstKey();
        }

        KeyPackage firstKey() {
            return harness.keyPackages().get(first());
        }

        SigningNonces firstNonces() {
            return nonces.get(first());
        }
    }

    private Setup setup(Ciphersuite suite) throws FrostException {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        SortedMap<Identifier, SigningNonces> nonces =
                harness.commit(List.of(harness.identifier(1), harness.identifier(2)), random);
        return new Setup(harness, nonces, harness.signingPackage(nonces, MESSAGE));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_sameNoncesTwice_throwsNonceReused(Ciphersuite suite) throws Exception {
        Setup setup = setup(suite);
        Round2.sign(setup.signingPackage(), setup.firstNonces(), setup.firstKey());

        assertThat(setup.firstNonces().isUsed()).isTrue();
        assertFrostFailure(
                () -> Round2.sign(setup.signingPackage(), setup.firstNonces(), setup.firstKey()),
                FrostErrorCode.NONCE_REUSED,
                setup.first());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_nonceAlreadyInStore_throwsNonceReusedAndReleasesNothing(Ciphersuite suite) throws Exception {
        Setup setup = setup(suite);
        NonceStore store = new InMemoryNonceStore();
        store.markUsed(setup.firstNonces().commitments().nonceId());

        assertFrostFailure(
                () -> Round2.sign(setup.signingPackage(), setup.firstNonces(), setup.firstKey(), store),
                FrostErrorCode.NONCE_REUSED);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_nonceStoreCannotRecord_releasesNoShare(Ciphersuite suite) throws Exception {
        Setup setup = setup(suite);
        NonceStore broken = new NonceStore() {
            @Override
            public void markUsed(byte[] nonceId) throws FrostException {
                throw new FrostException(FrostErrorCode.NONCE_STORE_FAILURE, "disk full");
            }

            @Override
            public boolean isUsed(byte[] nonceId) {
                return false;
            }
        };

        assertFrostFailure(
                () -> Round2.sign(setup.signingPackage(), setup.firstNonces(), setup.firstKey(), broken),
                FrostErrorCode.NONCE_STORE_FAILURE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_restoredNoncesAfterRestart_areRefusedByFileStore(Ciphersuite suite, @TempDir Path directory)
            throws Exception {
        Setup setup = setup(suite);
        byte[] storedNonces = setup.firstNonces().serialize();
        Round2.sign(setup.signingPackage(), setup.firstNonces(), setup.firstKey(), FileNonceStore.open(directory));

        FileNonceStore afterRestart = FileNonceStore.open(directory);
        SigningNonces restored = SigningNonces.deserialize(storedNonces);
        assertThat(restored.isUsed()).isFalse();
        assertFrostFailure(
                () -> Round2.sign(setup.signingPackage(), restored, setup.firstKey(), afterRestart),
                FrostErrorCode.NONCE_REUSED);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_packageWithoutOwnCommitment_throwsMissingCommitment(Ciphersuite suite) throws Exception {
        Setup setup = setup(suite);
        Identifier outsider = setup.harness().identifier(3);
        KeyPackage outsiderKey = setup.harness().keyPackages().get(outsider);
        SigningNonces outsiderNonces = Round1.commit(outsiderKey, random);

        assertFrostFailure(
                () -> Round2.sign(setup.signingPackage(), outsiderNonces, outsiderKey),
                FrostErrorCode.MISSING_COMMITMENT,
                outsider);
        assertThat(outsiderNonces.isUsed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_coordinatorSubstitutedCommitment_throwsIncorrectCommitment(Ciphersuite suite) throws Exception {
        Setup setup = setup(suite);
        SigningNonces fresh = Round1.commit(setup.firstKey(), random);
        List<SigningCommitments> commitments =
                new ArrayList<>(setup.signingPackage().commitments());
        commitments.set(0, fresh.commitments());
        SigningPackage substituted = SigningPackage.create(suite, commitments, MESSAGE);

        assertFrostFailure(
                () -> Round2.sign(substituted, setup.firstNonces(), setup.firstKey()),
                FrostErrorCode.INCORRECT_COMMITMENT,
                setup.first());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_fewerCommitmentsThanThreshold_throws(Ciphersuite suite) throws Exception {
        Setup setup = setup(suite);
        SigningPackage alone =
                SigningPackage.create(suite, List.of(setup.firstNonces().commitments()), MESSAGE);

        assertFrostFailure(
                () -> Round2.sign(alone, setup.firstNonces(), setup.firstKey()),
                FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void sign_keyOfAnotherSuite_throwsCiphersuiteMismatch(Ciphersuite suite) throws Exception {
        Setup setup = setup(suite);
        Ciphersuite other = suite == Ciphersuites.ed25519() ? Ciphersuites.secp256k1Taproot() : Ciphersuites.ed25519();
        SigningHarness otherHarness = SigningHarness.withDealer(other, 2, 2, random);

        assertFrostFailure(
                () -> Round2.sign(
                        setup.signingPackage(),
                        setup.firstNonces(),
                        otherHarness.keyPackages().firstEntry().getValue()),
                FrostErrorCode.CIPHERSUITE_MISMATCH);
    }
}
