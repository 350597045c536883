package dev.custos.frost.dkg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.keys.DealerOutput;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/** Helpers for the key lifecycle tests: threshold arithmetic in the exponent and signing with the signing API. */
public final class LifecycleTesting {
    public static final SecureRandom RANDOM = new SecureRandom();
    public static final byte[] MESSAGE = "custos lifecycle test".getBytes(StandardCharsets.UTF_8);

    private LifecycleTesting() {}

    public static List<Identifier> identifiers(Ciphersuite suite, int... values) {
        List<Identifier> identifiers = new ArrayList<>();
        for (int value : values) {
            identifiers.add(Identifier.of(suite, value));
        }
        return identifiers;
    }

    /** Keys from the signing helper's trusted dealer (cheaper than a DKG where only the later protocols are tested). */
    public static CeremonyResult dealer(Ciphersuite suite, int minSigners, int maxSigners)
            throws GeneralSecurityException {
        DealerOutput output = TrustedDealer.generate(suite, minSigners, maxSigners, RANDOM);
        SortedMap<Identifier, KeyPackage> keyPackages = new TreeMap<>();
        for (SecretShare share : output.secretShares().values()) {
            keyPackages.put(share.identifier(), KeyPackage.fromVerified(share));
        }
        return new CeremonyResult(keyPackages, output.publicKeyPackage());
    }

    /** The key packages of {@code subset}. */
    public static SortedMap<Identifier, KeyPackage> select(
            Map<Identifier, KeyPackage> keyPackages, Collection<Identifier> subset) {
        SortedMap<Identifier, KeyPackage> selected = new TreeMap<>();
        subset.forEach(identifier -> selected.put(identifier, keyPackages.get(identifier)));
        return selected;
    }

    /** {@code sum_i lambda_i * Y_i} over {@code subset}, using the verifying shares of {@code publicKeyPackage}. */
    public static Element interpolateVerifyingShares(PublicKeyPackage publicKeyPackage, Collection<Identifier> subset) {
        Group group = publicKeyPackage.suite().group();
        Element sum = group.identity();
        for (Identifier identifier : subset) {
            sum = sum.add(
                    publicKeyPackage.verifyingShare(identifier).element().multiplyPublic(lambda(identifier, subset)));
        }
        return sum;
    }

    /** {@code (sum_i lambda_i * s_i) * G} over {@code subset}, i.e. the key these signing shares reconstruct. */
    public static Element combineSigningShares(Map<Identifier, KeyPackage> keyPackages, Collection<Identifier> subset) {
        Ciphersuite suite = keyPackages.values().iterator().next().suite();
        Scalar sum = suite.scalarField().zero();
        for (Identifier identifier : subset) {
            sum = sum.add(lambda(identifier, subset)
                    .multiply(keyPackages.get(identifier).signingShare().scalar()));
        }
        return suite.group().multiplyGenerator(sum);
    }

    /** Signs {@link #MESSAGE} with the signing API (rounds 1, 2 and aggregation) and verifies the signature. */
    public static Signature signAndVerify(
            SortedMap<Identifier, KeyPackage> keyPackages,
            PublicKeyPackage publicKeyPackage,
            Collection<Identifier> signers)
            throws GeneralSecurityException {
        Ciphersuite suite = publicKeyPackage.suite();
        SigningHarness harness = new SigningHarness(suite, keyPackages, publicKeyPackage);
        Signature signature = harness.signAndAggregate(signers, MESSAGE, RANDOM);
        suite.verify(publicKeyPackage.verifyingKey(), MESSAGE, signature);
        Signature decoded = suite.decodeSignature(signature.encode());
        suite.verify(suite.decodePublicKey(publicKeyPackage.verifyingKey().publicKeyBytes()), MESSAGE, decoded);
        return signature;
    }

    /** Asserts that every key package's verifying share and group key match the public key package. */
    public static void assertConsistent(Map<Identifier, KeyPackage> keyPackages, PublicKeyPackage publicKeyPackage) {
        for (KeyPackage keyPackage : keyPackages.values()) {
            assertThat(keyPackage.verifyingKey()).isEqualTo(publicKeyPackage.verifyingKey());
            assertThat(keyPackage.verifyingShare()).isEqualTo(publicKeyPackage.verifyingShare(keyPackage.identifier()));
            assertThat(keyPackage.minSigners()).isEqualTo(publicKeyPackage.minSigners());
        }
    }

    public static List<Identifier> randomSubset(Collection<Identifier> identifiers, int size, Random random) {
        List<Identifier> shuffled = new ArrayList<>(identifiers);
        Collections.shuffle(shuffled, random);
        List<Identifier> subset = new ArrayList<>(shuffled.subList(0, size));
        Collections.sort(subset);
        return List.copyOf(subset);
    }

    private static Scalar lambda(Identifier identifier, Collection<Identifier> subset) {
        List<Scalar> xs = new ArrayList<>();
        subset.forEach(each -> xs.add(each.value()));
        return Lagrange.coefficientAtZero(identifier.value(), xs);
    }
}
