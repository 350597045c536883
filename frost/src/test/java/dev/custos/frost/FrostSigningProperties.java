package dev.custos.frost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.frost.aggregate.Aggregator;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.Round2;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random t-of-n key sets over all suites: any t signers succeed, t - 1 signers cannot make a valid signature. */
class FrostSigningProperties {
    record Setup(Ciphersuite suite, int minSigners, int maxSigners, long seed) {}

    @Provide
    Arbitrary<Setup> setups() {
        return Arbitraries.integers()
                .between(2, 20)
                .flatMap(maxSigners -> Combinators.combine(
                                Arbitraries.of(Ciphersuites.all()),
                                Arbitraries.integers().between(2, maxSigners),
                                Arbitraries.longs())
                        .as((suite, minSigners, seed) -> new Setup(suite, minSigners, maxSigners, seed)));
    }

    @Property(tries = 15)
    void sign_randomSubsetOfThresholdSize_verifies(@ForAll("setups") Setup setup) throws Exception {
        SecureRandom random = new SecureRandom();
        SigningHarness harness =
                SigningHarness.withDealer(setup.suite(), setup.minSigners(), setup.maxSigners(), random);
        List<Identifier> signers = chooseSigners(harness, setup.minSigners(), setup.seed());
        byte[] message = ("message " + setup.seed()).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Signature signature = harness.signAndAggregate(signers, message, random);

        signature.verify(harness.publicKeyPackage().verifyingKey(), message);
        Signature decoded = Signature.decode(setup.suite(), signature.encode());
        decoded.verify(harness.publicKeyPackage().verifyingKey(), message);
        assertThat(decoded.encode()).hasSize(setup.suite().signatureLength());
    }

    @Property(tries = 15)
    void sign_oneSignerBelowThreshold_cannotProduceValidSignature(@ForAll("setups") Setup setup) throws Exception {
        SecureRandom random = new SecureRandom();
        SigningHarness harness =
                SigningHarness.withDealer(setup.suite(), setup.minSigners(), setup.maxSigners(), random);
        int tooFew = setup.minSigners() - 1;
        List<Identifier> signers = chooseSigners(harness, tooFew, setup.seed());
        byte[] message = {1, 2, 3};
        SortedMap<Identifier, SigningNonces> nonces = harness.commit(signers, random);
        SigningPackage signingPackage = harness.signingPackage(nonces, message);

        if (tooFew < 2) {
            Identifier only = signers.getFirst();
            assertThatThrownBy(() -> Round2.sign(
                            signingPackage,
                            nonces.get(only),
                            harness.keyPackages().get(only)))
                    .isInstanceOfSatisfying(
                            FrostException.class,
                            e -> assertThat(e.code()).isEqualTo(FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS));
            return;
        }
        // The signers lie about the threshold so that the protocol's count checks do not stop them: the Lagrange
        // interpolation over t - 1 shares still cannot reach the group secret.
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>();
        for (Identifier signer : signers) {
            KeyPackage honest = harness.keyPackages().get(signer);
            KeyPackage lying = KeyPackage.create(
                    signer, honest.signingShare(), honest.verifyingShare(), honest.verifyingKey(), tooFew);
            shares.put(signer, Round2.sign(signingPackage, nonces.get(signer), lying));
        }
        PublicKeyPackage honestKeys = harness.publicKeyPackage();
        PublicKeyPackage lyingKeys = new PublicKeyPackage(
                honestKeys.suite(), honestKeys.verifyingShares(), honestKeys.verifyingKey(), tooFew);

        assertThatThrownBy(() -> Aggregator.aggregate(signingPackage, shares, lyingKeys))
                .isInstanceOfSatisfying(
                        FrostException.class, e -> assertThat(e.code()).isEqualTo(FrostErrorCode.INVALID_SIGNATURE));
        assertThatThrownBy(() -> Aggregator.aggregate(signingPackage, shares, honestKeys))
                .isInstanceOfSatisfying(
                        FrostException.class,
                        e -> assertThat(e.code()).isEqualTo(FrostErrorCode.INCORRECT_NUMBER_OF_SHARES));
    }

    private static List<Identifier> chooseSigners(SigningHarness harness, int count, long seed) {
        List<Identifier> all = new ArrayList<>(harness.keyPackages().keySet());
        Collections.shuffle(all, new Random(seed));
        return List.copyOf(all.subList(0, count));
    }
}
