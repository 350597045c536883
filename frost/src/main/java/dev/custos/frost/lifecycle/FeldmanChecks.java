package dev.custos.frost.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.VerifyingKey;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.VerifyingShare;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Feldman VSS computations shared by the DKG, refresh and reshare: summing dealers' commitments, and checking a sum of
 * received shares against them with per-dealer blame.
 */
public final class FeldmanChecks {
    /** Points up to this many bits use {@link #multiplySmall}; identifiers from {@code Identifier.of} have at most 16. */
    private static final int SMALL_POINT_BITS = 30;

    private FeldmanChecks() {}

    /** The coefficient-wise sum of equally long commitments (a commitment to the sum of the polynomials). */
    public static FeldmanCommitment sum(Collection<FeldmanCommitment> commitments) {
        requireNonNull(commitments, "commitments is null");
        FeldmanCommitment total = null;
        for (FeldmanCommitment commitment : commitments) {
            total = total == null ? commitment : total.add(commitment);
        }
        if (total == null) {
            throw new IllegalArgumentException("no commitments to sum");
        }
        return total;
    }

    /**
     * {@code F(x) = sum_j x^j C_j}, the commitment evaluated at a public point. Identifiers are usually small integers
     * ({@code 1..n}); for those, Horner's rule with double-and-add multiplication by {@code x} costs a few group additions
     * per coefficient instead of a full scalar multiplication. Variable time, which is fine: everything here is public.
     */
    public static Element evaluate(FeldmanCommitment commitment, Scalar x) {
        requireNonNull(commitment, "commitment is null");
        requireNonNull(x, "x is null");
        BigInteger small = x.toBigInteger();
        if (small.bitLength() > SMALL_POINT_BITS) {
            return commitment.evaluate(x);
        }
        List<Element> coefficients = commitment.coefficients();
        Element result = coefficients.getLast();
        for (int j = coefficients.size() - 2; j >= 0; j--) {
            result = multiplySmall(result, small.intValueExact()).add(coefficients.get(j));
        }
        return result;
    }

    /** {@code m * point} for a small public {@code m > 0} by double-and-add. */
    private static Element multiplySmall(Element point, int m) {
        Element result = point;
        for (int bit = 30 - Integer.numberOfLeadingZeros(m); bit >= 0; bit--) {
            result = result.add(result);
            if (((m >>> bit) & 1) != 0) {
                result = result.add(point);
            }
        }
        return result;
    }

    /**
     * Checks the shares that {@code recipient} received, {@code shares.get(d) = f_d(recipient)} from each dealer {@code
     * d}, against the dealers' commitments. The fast path is one comparison of {@code shareSum * G} with {@code
     * expectedImage}, the summed commitment evaluated at {@code recipient} (which the caller computes anyway for the
     * verifying shares); only if it fails is each share checked on its own to find the dealers to blame.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_SECRET_SHARE} naming every dealer whose share does not match
     *     its commitment
     */
    public static void verifyShares(
            Identifier recipient,
            Scalar shareSum,
            Element expectedImage,
            Map<Identifier, FeldmanCommitment> commitments,
            Map<Identifier, Scalar> shares)
            throws FrostException {
        requireNonNull(recipient, "recipient is null");
        requireNonNull(shareSum, "shareSum is null");
        requireNonNull(expectedImage, "expectedImage is null");
        if (expectedImage.group().multiplyGenerator(shareSum).equals(expectedImage)) {
            return;
        }
        List<Identifier> culprits = new ArrayList<>();
        for (Map.Entry<Identifier, Scalar> entry : shares.entrySet()) {
            FeldmanCommitment commitment = commitments.get(entry.getKey());
            if (commitment == null
                    || !evaluate(commitment, recipient.value())
                            .equals(expectedImage.group().multiplyGenerator(entry.getValue()))) {
                culprits.add(entry.getKey());
            }
        }
        throw new FrostException(
                FrostErrorCode.INVALID_SECRET_SHARE,
                culprits.isEmpty()
                        ? "the shares received by " + recipient + " do not match the commitments"
                        : "shares for " + recipient + " from " + culprits + " do not match their commitments",
                culprits);
    }

    /** Requires {@code C_1..C_{t-1}} (and {@code C_0} unless {@code skipConstant}) to be non-identity; blames {@code dealer}. */
    public static void requireNoIdentity(FeldmanCommitment commitment, boolean skipConstant, Identifier dealer)
            throws FrostException {
        List<Element> coefficients = commitment.coefficients();
        for (int j = skipConstant ? 1 : 0; j < coefficients.size(); j++) {
            if (coefficients.get(j).isIdentity()) {
                throw FrostException.blame(
                        FrostErrorCode.IDENTITY_COMMITMENT,
                        dealer,
                        "commitment coefficient " + j + " is the identity element");
            }
        }
    }

    /** Requires the commitment to have exactly {@code threshold} coefficients; blames {@code dealer}. */
    public static void requireThreshold(FeldmanCommitment commitment, int threshold, Identifier dealer)
            throws FrostException {
        if (commitment.threshold() != threshold) {
            throw FrostException.blame(
                    FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS,
                    dealer,
                    "commitment has " + commitment.threshold() + " coefficients, expected " + threshold);
        }
    }

    /**
     * The public key package implied by a (summed) commitment: verifying share {@code Y_j = F(j)} for every participant
     * and group key {@code F(0) = C_0}.
     *
     * @throws FrostException {@link FrostErrorCode#INCONSISTENT_PUBLIC_KEY_PACKAGE} if the group key or a verifying
     *     share is the identity (only possible if participants colluded to cancel each other's commitments)
     */
    public static PublicKeyPackage publicKeyPackage(
            Ciphersuite suite, FeldmanCommitment commitment, List<Identifier> participants, int minSigners)
            throws FrostException {
        SortedMap<Identifier, Element> images = new TreeMap<>();
        for (Identifier participant : participants) {
            images.put(participant, evaluate(commitment, participant.value()));
        }
        return publicKeyPackage(suite, commitment.constantTerm(), images, minSigners);
    }

    /**
     * A public key package from a group key and verifying-share elements, turning an identity element into {@link
     * FrostErrorCode#INCONSISTENT_PUBLIC_KEY_PACKAGE}.
     */
    public static PublicKeyPackage publicKeyPackage(
            Ciphersuite suite, Element groupKey, Map<Identifier, Element> verifyingShares, int minSigners)
            throws FrostException {
        if (groupKey.isIdentity()) {
            throw new FrostException(FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE, "the group key is the identity");
        }
        SortedMap<Identifier, VerifyingShare> shares = new TreeMap<>();
        for (Map.Entry<Identifier, Element> entry : verifyingShares.entrySet()) {
            if (entry.getValue().isIdentity()) {
                throw new FrostException(
                        FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE,
                        "the verifying share of " + entry.getKey() + " is the identity");
            }
            shares.put(entry.getKey(), new VerifyingShare(suite, entry.getValue()));
        }
        return new PublicKeyPackage(suite, shares, new VerifyingKey(suite, groupKey), minSigners);
    }
}
