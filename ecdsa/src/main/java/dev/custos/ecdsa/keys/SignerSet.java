package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public values of one signer set S of a key: each signer's Lagrange coefficient at zero over S, {@code λ_j}, and
 * its weighted verification share {@code λ_j·Y_j} (the public key share {@code pk_j} it must present when signing with
 * S). They depend only on the key and S, so {@link KeyShare#signerSet} computes them once per set and presigning
 * reuses them. Immutable and thread-safe; holds no secret.
 */
public final class SignerSet {
    private final List<Identifier> signers;
    /** Canonical encodings: a {@link Scalar} can be wiped by whoever holds it, so each caller gets a fresh one. */
    private final Map<Identifier, byte[]> coefficients;

    private final Map<Identifier, Element> weightedShares;
    private final Element weightedShareSum;

    private SignerSet(
            List<Identifier> signers,
            Map<Identifier, byte[]> coefficients,
            Map<Identifier, Element> weightedShares,
            Element weightedShareSum) {
        this.signers = signers;
        this.coefficients = coefficients;
        this.weightedShares = weightedShares;
        this.weightedShareSum = weightedShareSum;
    }

    /** Computes the values for {@code signers} (sorted, distinct, all holders of {@code key}). */
    static SignerSet compute(List<Identifier> signers, Map<Identifier, Element> verificationShares) {
        List<Scalar> points = signers.stream().map(Identifier::scalar).toList();
        Map<Identifier, byte[]> coefficients = new HashMap<>();
        Map<Identifier, Element> weightedShares = new HashMap<>();
        Element sum = Secp256k1.GROUP.identity();
        for (Identifier signer : signers) {
            Scalar coefficient = Lagrange.coefficientAtZero(signer.scalar(), points);
            coefficients.put(signer, coefficient.toBytes());
            Element weighted = verificationShares.get(signer).multiplyPublic(coefficient);
            weightedShares.put(signer, weighted);
            sum = sum.add(weighted);
        }
        return new SignerSet(signers, Map.copyOf(coefficients), Map.copyOf(weightedShares), sum);
    }

    /** The signers, in increasing order. */
    public List<Identifier> signers() {
        return signers;
    }

    /** {@code λ_j}, the Lagrange coefficient at zero of {@code signer} over this set (a fresh scalar). */
    public Scalar coefficient(Identifier signer) {
        return Secp256k1.FIELD.reduce(require(coefficients.get(signer), signer));
    }

    /** {@code λ_j·Y_j}, the public key share {@code signer} must present when signing with this set. */
    public Element weightedShare(Identifier signer) {
        return require(weightedShares.get(signer), signer);
    }

    /**
     * {@code Σ_j λ_j·Y_j} over the set: equal to the public key when the verification shares are consistent with it,
     * and the sum of the public key shares of a presigning session whose shares all passed their per-signer check.
     */
    public Element weightedShareSum() {
        return weightedShareSum;
    }

    private <T> T require(T value, Identifier signer) {
        requireNonNull(signer, "signer is null");
        if (value == null) {
            throw new IllegalArgumentException(signer + " is not in the signer set " + signers);
        }
        return value;
    }

    @Override
    public String toString() {
        return "SignerSet" + signers;
    }
}
