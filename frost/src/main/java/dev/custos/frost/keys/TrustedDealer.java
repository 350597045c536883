package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Key generation by a trusted dealer (RFC 9591 Appendix C): Shamir-shares a random (or imported) secret with a Feldman
 * commitment. The dealer sees the whole key; prefer a DKG where that matters. Every produced share is checked against
 * the commitment before it is returned.
 */
public final class TrustedDealer {
    private TrustedDealer() {}

    /** Shares a fresh random secret among identifiers {@code 1..maxSigners}. */
    public static DealerOutput generate(Ciphersuite suite, int minSigners, int maxSigners, SecureRandom random)
            throws FrostException {
        requireNonNull(suite, "suite is null");
        requireNonNull(random, "random is null");
        Scalar secret = suite.scalarField().randomNonZero(random);
        try {
            return generate(suite, minSigners, maxSigners, secret, random);
        } finally {
            secret.wipe();
        }
    }

    /** Shares an existing secret (e.g. an imported key) among identifiers {@code 1..maxSigners}. */
    public static DealerOutput generate(
            Ciphersuite suite, int minSigners, int maxSigners, Scalar secret, SecureRandom random)
            throws FrostException {
        requireNonNull(suite, "suite is null");
        if (maxSigners < 2 || maxSigners > Identifier.MAX_INTEGER) {
            throw new FrostException(
                    FrostErrorCode.INVALID_MAX_SIGNERS,
                    "maxSigners must be in [2, " + Identifier.MAX_INTEGER + "], got " + maxSigners);
        }
        List<Identifier> identifiers = new ArrayList<>(maxSigners);
        for (int i = 1; i <= maxSigners; i++) {
            identifiers.add(Identifier.of(suite, i));
        }
        return generate(suite, minSigners, identifiers, secret, random);
    }

    /** Shares {@code secret} among the given distinct identifiers. */
    public static DealerOutput generate(
            Ciphersuite suite, int minSigners, Collection<Identifier> identifiers, Scalar secret, SecureRandom random)
            throws FrostException {
        requireNonNull(suite, "suite is null");
        requireNonNull(identifiers, "identifiers is null");
        requireNonNull(secret, "secret is null");
        requireNonNull(random, "random is null");
        ScalarField field = suite.scalarField();
        if (secret.field() != field) {
            throw new FrostException(
                    FrostErrorCode.CIPHERSUITE_MISMATCH, "secret is not a " + field.name() + " scalar");
        }
        if (secret.isZero()) {
            throw new IllegalArgumentException("secret must not be zero");
        }
        int maxSigners = identifiers.size();
        if (maxSigners < 2) {
            throw new FrostException(FrostErrorCode.INVALID_MAX_SIGNERS, "need at least 2 participants");
        }
        if (minSigners < 2 || minSigners > maxSigners) {
            throw new FrostException(
                    FrostErrorCode.INVALID_MIN_SIGNERS,
                    "minSigners must be in [2, " + maxSigners + "], got " + minSigners);
        }
        List<Scalar> coefficients = new ArrayList<>(minSigners);
        coefficients.add(secret.add(field.zero())); // a copy (wiped below), not through BigInteger
        for (int i = 1; i < minSigners; i++) {
            coefficients.add(field.randomNonZero(random));
        }
        try {
            return share(suite, coefficients, identifiers);
        } finally {
            coefficients.forEach(Scalar::wipe);
        }
    }

    private static DealerOutput share(Ciphersuite suite, List<Scalar> coefficients, Collection<Identifier> identifiers)
            throws FrostException {
        List<Element> commitments = new ArrayList<>(coefficients.size());
        for (Scalar coefficient : coefficients) {
            commitments.add(suite.group().multiplyGenerator(coefficient));
        }
        VerifiableSecretSharingCommitment commitment = new VerifiableSecretSharingCommitment(suite, commitments);
        SortedMap<Identifier, SecretShare> shares = new TreeMap<>();
        SortedMap<Identifier, VerifyingShare> verifyingShares = new TreeMap<>();
        for (Identifier identifier : identifiers) {
            requireNonNull(identifier, "identifier is null");
            if (identifier.value().field() != suite.scalarField()) {
                throw new FrostException(FrostErrorCode.CIPHERSUITE_MISMATCH, identifier + " is from another field");
            }
            Scalar value = evaluate(coefficients, identifier.value());
            SecretShare share = new SecretShare(identifier, SigningShare.of(suite, value), commitment);
            value.wipe();
            if (shares.put(identifier, share) != null) {
                throw FrostException.blame(FrostErrorCode.DUPLICATE_IDENTIFIER, identifier, "duplicate identifier");
            }
            verifyingShares.put(identifier, share.verify());
        }
        PublicKeyPackage publicKeyPackage =
                new PublicKeyPackage(suite, verifyingShares, commitment.verifyingKey(), coefficients.size());
        return new DealerOutput(shares, publicKeyPackage);
    }

    /** {@code f(x)} by Horner's rule. */
    private static Scalar evaluate(List<Scalar> coefficients, Scalar x) {
        Scalar result = coefficients.getLast();
        for (int j = coefficients.size() - 2; j >= 0; j--) {
            result = result.multiply(x).add(coefficients.get(j));
        }
        return result;
    }
}
