package dev.custos.frost.aggregate;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.internal.EvenY;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.VerifyingShare;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningContext;
import dev.custos.frost.round2.SigningPackage;
import dev.custos.frost.taproot.Taproot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The coordinator's last step (RFC 9591 §5.3): checks that the shares match the signers of the signing package, sums
 * them, verifies the resulting signature and, if it is invalid, verifies every share to name the culprits.
 */
public final class Aggregator {
    private Aggregator() {}

    /**
     * Aggregates the signature shares into a signature valid under {@code publicKeyPackage.verifyingKey()}.
     *
     * <p>{@code signatureShares} maps each signer to the share received <em>from that signer's authenticated
     * channel</em>; a share whose embedded identifier differs from its key is rejected.
     *
     * @throws FrostException {@link FrostErrorCode#INCORRECT_NUMBER_OF_SHARES} (missing shares or below the threshold;
     *     culprits are the signers whose share is missing), {@link FrostErrorCode#UNKNOWN_IDENTIFIER} (shares from
     *     non-signers or signers without a verifying share), {@link FrostErrorCode#INVALID_SIGNATURE_SHARE} (culprits are
     *     every signer whose share fails verification) or {@link FrostErrorCode#CIPHERSUITE_MISMATCH}
     */
    public static Signature aggregate(
            SigningPackage signingPackage,
            Map<Identifier, SignatureShare> signatureShares,
            PublicKeyPackage publicKeyPackage)
            throws FrostException {
        requireNonNull(signingPackage, "signingPackage is null");
        requireNonNull(signatureShares, "signatureShares is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        Ciphersuite suite = signingPackage.suite();
        checkShareSet(signingPackage, signatureShares, publicKeyPackage);

        PublicKeyPackage effective = suite.requiresEvenY() ? Taproot.evenY(publicKeyPackage) : publicKeyPackage;
        SigningContext context = SigningContext.compute(signingPackage, effective.verifyingKey());
        Scalar z = suite.scalarField().zero();
        for (Identifier identifier : signingPackage.identifiers()) {
            z = z.add(signatureShares.get(identifier).share());
        }
        Element commitment = context.groupCommitment();
        if (suite.requiresEvenY()) {
            commitment = EvenY.toEvenY(commitment);
        }
        Signature signature = new Signature(suite, commitment, z);
        try {
            suite.verify(effective.verifyingKey(), signingPackage.message(), signature);
            return signature;
        } catch (FrostException invalid) {
            List<Identifier> culprits = new ArrayList<>();
            for (Identifier identifier : signingPackage.identifiers()) {
                if (!shareIsValid(context, signatureShares.get(identifier), effective.verifyingShare(identifier))) {
                    culprits.add(identifier);
                }
            }
            if (culprits.isEmpty()) {
                throw new FrostException(
                        FrostErrorCode.INVALID_SIGNATURE,
                        "aggregate signature is invalid although every share is valid");
            }
            throw new FrostException(
                    FrostErrorCode.INVALID_SIGNATURE_SHARE, "invalid signature shares from " + culprits, culprits);
        }
    }

    /**
     * Verifies one signature share against the signer's verifying share (RFC 9591 §5.4), e.g. to check shares as they
     * arrive.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_SIGNATURE_SHARE} naming the signer if the share is invalid,
     *     {@link FrostErrorCode#UNKNOWN_IDENTIFIER} if it is not a signer of the package
     */
    public static void verifyShare(
            SigningPackage signingPackage, SignatureShare share, PublicKeyPackage publicKeyPackage)
            throws FrostException {
        requireNonNull(signingPackage, "signingPackage is null");
        requireNonNull(share, "share is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        Ciphersuite suite = signingPackage.suite();
        Identifier identifier = share.identifier();
        if (share.suite() != suite || publicKeyPackage.suite() != suite) {
            throw FrostException.blame(FrostErrorCode.CIPHERSUITE_MISMATCH, identifier, "share is for another suite");
        }
        if (signingPackage.commitment(identifier) == null || publicKeyPackage.verifyingShare(identifier) == null) {
            throw FrostException.blame(
                    FrostErrorCode.UNKNOWN_IDENTIFIER, identifier, "is not a signer of this package");
        }
        PublicKeyPackage effective = suite.requiresEvenY() ? Taproot.evenY(publicKeyPackage) : publicKeyPackage;
        SigningContext context = SigningContext.compute(signingPackage, effective.verifyingKey());
        if (!shareIsValid(context, share, effective.verifyingShare(identifier))) {
            throw FrostException.blame(FrostErrorCode.INVALID_SIGNATURE_SHARE, identifier, "invalid signature share");
        }
    }

    /** {@code z_i * G == R_i + (c * lambda_i) * Y_i}, with {@code R_i} negated when the suite needs an even R. */
    private static boolean shareIsValid(SigningContext context, SignatureShare share, VerifyingShare verifyingShare) {
        Identifier identifier = share.identifier();
        Ciphersuite suite = share.suite();
        Element left = suite.group().multiplyGenerator(share.share());
        Scalar factor = context.challenge().multiply(context.lagrangeCoefficient(identifier));
        Element right =
                context.commitmentShare(identifier).add(verifyingShare.element().multiplyPublic(factor));
        return left.equals(right);
    }

    private static void checkShareSet(
            SigningPackage signingPackage,
            Map<Identifier, SignatureShare> signatureShares,
            PublicKeyPackage publicKeyPackage)
            throws FrostException {
        Ciphersuite suite = signingPackage.suite();
        if (publicKeyPackage.suite() != suite) {
            throw new FrostException(FrostErrorCode.CIPHERSUITE_MISMATCH, "public key package is for another suite");
        }
        SortedSet<Identifier> signers = new TreeSet<>(signingPackage.identifiers());
        SortedSet<Identifier> unknown = new TreeSet<>();
        SortedSet<Identifier> mislabelled = new TreeSet<>();
        for (Map.Entry<Identifier, SignatureShare> entry : signatureShares.entrySet()) {
            Identifier identifier = requireNonNull(entry.getKey(), "identifier is null");
            SignatureShare share = requireNonNull(entry.getValue(), "share of " + identifier + " is null");
            if (!signers.contains(identifier) || publicKeyPackage.verifyingShare(identifier) == null) {
                unknown.add(identifier);
            } else if (!share.identifier().equals(identifier) || share.suite() != suite) {
                mislabelled.add(identifier);
            }
        }
        if (!unknown.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.UNKNOWN_IDENTIFIER,
                    "shares from participants that are not signers of this package: " + unknown,
                    List.copyOf(unknown));
        }
        if (!mislabelled.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.INVALID_SIGNATURE_SHARE,
                    "shares carrying another identifier or suite from " + mislabelled,
                    List.copyOf(mislabelled));
        }
        SortedSet<Identifier> missing = new TreeSet<>(signers);
        missing.removeAll(signatureShares.keySet());
        if (!missing.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.INCORRECT_NUMBER_OF_SHARES,
                    "missing signature shares from " + missing,
                    List.copyOf(missing));
        }
        SortedSet<Identifier> withoutKey = new TreeSet<>();
        for (Identifier signer : signers) {
            if (publicKeyPackage.verifyingShare(signer) == null) {
                withoutKey.add(signer);
            }
        }
        if (!withoutKey.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.UNKNOWN_IDENTIFIER,
                    "signers without a verifying share: " + withoutKey,
                    List.copyOf(withoutKey));
        }
        if (signers.size() < publicKeyPackage.minSigners()) {
            throw new FrostException(
                    FrostErrorCode.INCORRECT_NUMBER_OF_SHARES,
                    signers.size() + " signers, need at least " + publicKeyPackage.minSigners());
        }
    }
}
