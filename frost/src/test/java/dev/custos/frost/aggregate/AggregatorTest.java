package dev.custos.frost.aggregate;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import java.security.SecureRandom;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AggregatorTest {
    private static final byte[] MESSAGE = {'p', 'a', 'y'};
    private final SecureRandom random = new SecureRandom();

    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    private record Round(
            SigningHarness harness, SigningPackage signingPackage, SortedMap<Identifier, SignatureShare> shares) {}

    /** A 3-of-5 key set where signers 1, 3 and 5 complete both rounds. */
    private Round signedRound(Ciphersuite suite) throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 3, 5, random);
        List<Identifier> ids = List.of(harness.identifier(1), harness.identifier(3), harness.identifier(5));
        SortedMap<Identifier, SigningNonces> nonces = harness.commit(ids, random);
        SigningPackage signingPackage = harness.signingPackage(nonces, MESSAGE);
        return new Round(harness, signingPackage, harness.sign(signingPackage, nonces));
    }

    private static SignatureShare corrupt(SignatureShare share) {
        Scalar one = share.suite().scalarField().one();
        return new SignatureShare(
                share.suite(), share.identifier(), share.share().add(one));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_honestShares_verifies(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        Signature signature = Aggregator.aggregate(
                round.signingPackage(), round.shares(), round.harness().publicKeyPackage());
        signature.verify(round.harness().publicKeyPackage().verifyingKey(), MESSAGE);
        for (SignatureShare share : round.shares().values()) {
            Aggregator.verifyShare(
                    round.signingPackage(), share, round.harness().publicKeyPackage());
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_corruptedShare_namesItsSigner(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        Identifier cheater = round.harness().identifier(3);
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>(round.shares());
        shares.put(cheater, corrupt(shares.get(cheater)));

        assertFrostFailure(
                () -> Aggregator.aggregate(
                        round.signingPackage(), shares, round.harness().publicKeyPackage()),
                FrostErrorCode.INVALID_SIGNATURE_SHARE,
                cheater);
        assertFrostFailure(
                () -> Aggregator.verifyShare(
                        round.signingPackage(),
                        shares.get(cheater),
                        round.harness().publicKeyPackage()),
                FrostErrorCode.INVALID_SIGNATURE_SHARE,
                cheater);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_twoCorruptedShares_namesBoth(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        Identifier first = round.harness().identifier(1);
        Identifier last = round.harness().identifier(5);
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>(round.shares());
        shares.put(first, corrupt(shares.get(first)));
        shares.put(last, corrupt(shares.get(last)));

        assertFrostFailure(
                () -> Aggregator.aggregate(
                        round.signingPackage(), shares, round.harness().publicKeyPackage()),
                FrostErrorCode.INVALID_SIGNATURE_SHARE,
                first,
                last);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_missingShare_namesTheSilentSigner(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        Identifier silent = round.harness().identifier(5);
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>(round.shares());
        shares.remove(silent);

        assertFrostFailure(
                () -> Aggregator.aggregate(
                        round.signingPackage(), shares, round.harness().publicKeyPackage()),
                FrostErrorCode.INCORRECT_NUMBER_OF_SHARES,
                silent);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_shareFromNonSigner_isUnknownIdentifier(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        Identifier outsider = round.harness().identifier(2);
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>(round.shares());
        shares.put(
                outsider,
                new SignatureShare(suite, outsider, suite.scalarField().one()));

        assertFrostFailure(
                () -> Aggregator.aggregate(
                        round.signingPackage(), shares, round.harness().publicKeyPackage()),
                FrostErrorCode.UNKNOWN_IDENTIFIER,
                outsider);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_shareRelabelledWithAnotherIdentifier_isRejected(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        Identifier channel = round.harness().identifier(1);
        Identifier claimed = round.harness().identifier(3);
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>(round.shares());
        shares.put(channel, shares.get(claimed));

        assertFrostFailure(
                () -> Aggregator.aggregate(
                        round.signingPackage(), shares, round.harness().publicKeyPackage()),
                FrostErrorCode.INVALID_SIGNATURE_SHARE,
                channel);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_modifiedMessageInPackage_namesAllSigners(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        SigningPackage other = new SigningPackage(suite, round.signingPackage().commitments(), new byte[] {'x'});

        assertFrostFailure(
                () -> Aggregator.aggregate(
                        other, round.shares(), round.harness().publicKeyPackage()),
                FrostErrorCode.INVALID_SIGNATURE_SHARE,
                round.shares().keySet().toArray(Identifier[]::new));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void aggregate_publicKeyPackageOfAnotherSuite_isCiphersuiteMismatch(Ciphersuite suite) throws Exception {
        Round round = signedRound(suite);
        Ciphersuite otherSuite = suite == Ciphersuites.ed25519() ? Ciphersuites.secp256k1() : Ciphersuites.ed25519();
        SigningHarness other = SigningHarness.withDealer(otherSuite, 2, 3, random);

        assertFrostFailure(
                () -> Aggregator.aggregate(round.signingPackage(), round.shares(), other.publicKeyPackage()),
                FrostErrorCode.CIPHERSUITE_MISMATCH);
        assertThat(round.shares()).hasSize(3);
    }
}
