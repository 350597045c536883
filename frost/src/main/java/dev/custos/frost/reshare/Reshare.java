package dev.custos.frost.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SigningShare;
import dev.custos.frost.lifecycle.FeldmanChecks;
import dev.custos.frost.lifecycle.LifecycleChecks;
import dev.custos.frost.lifecycle.LifecycleOutput;
import dev.custos.frost.lifecycle.ShareDealing;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Resharing to a new committee, {@code (t, n) -> (t', n')}, without ever reconstructing the key (Desmedt-Jajodia style
 * redistribution with Feldman commitments). Each dealer {@code i} of a set {@code D} of at least {@code t} old holders
 * shares {@code lambda_i * s_i} (its Lagrange-weighted share, {@code sum_i lambda_i s_i = s}) with a fresh polynomial of
 * degree {@code t'-1}. Every new participant {@code j} checks each sub-share against its dealer's commitment and the
 * commitment's constant term against {@code lambda_i * Y_i} from the old public key package, then adds the sub-shares:
 * {@code s_j' = sum_i g_i(j)} is a share of the same {@code s} with threshold {@code t'}.
 *
 * <ol>
 *   <li>{@link #deal} (each dealer): broadcast {@link ReshareDealing#commitment()}, send each {@link ReshareSubShare}
 *       privately.
 *   <li>{@link #receive} (each new participant): outputs its new key package and the new public key package.
 *   <li>{@link #publicKeyPackage} (anyone else, e.g. departing holders or the coordinator): the new public key package
 *       from the commitments alone.
 * </ol>
 *
 * Old key packages must be destroyed once the new committee has confirmed: old shares do not combine with new ones, but
 * {@code t} old shares still reconstruct the (unchanged) key.
 */
public final class Reshare {
    private Reshare() {}

    /**
     * The dealing of the old holder of {@code keyPackage}.
     *
     * @throws FrostException {@link FrostErrorCode#UNKNOWN_IDENTIFIER} if the holder is not a dealer, {@link
     *     FrostErrorCode#INVALID_KEY_PACKAGE} if the key package does not match the old public key package
     */
    public static ReshareDealing deal(ReshareParameters parameters, KeyPackage keyPackage, SecureRandom random)
            throws FrostException {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(keyPackage, "keyPackage is null");
        requireNonNull(random, "random is null");
        requireDealerKey(parameters, keyPackage);
        Ciphersuite suite = parameters.suite();
        Identifier dealer = keyPackage.identifier();
        Scalar weighted = parameters
                .dealerWeight(dealer)
                .multiply(keyPackage.signingShare().scalar());
        Polynomial polynomial = Polynomial.withConstant(weighted, parameters.newMinSigners(), random);
        weighted.wipe();
        try {
            FeldmanCommitment commitment = polynomial.commit(suite.group());
            SortedMap<Identifier, ReshareSubShare> subShares = ShareDealing.deal(
                    polynomial,
                    parameters.newParticipants(),
                    (participant, subShare) ->
                            new ReshareSubShare(suite, parameters.sessionId(), dealer, participant, subShare));
            return new ReshareDealing(
                    new ReshareCommitment(suite, parameters.sessionId(), dealer, commitment), subShares);
        } finally {
            polynomial.destroy();
        }
    }

    /**
     * New participant {@code self}: checks every dealer's commitment and sub-share and returns its key package and the
     * new public key package (same group key). Received sub-shares are destroyed on success.
     *
     * @throws FrostException naming the culprit dealers: {@link FrostErrorCode#INVALID_CONSTANT_TERM} ({@code C_0} is
     *     not {@code lambda_i * Y_i}), {@link FrostErrorCode#INCORRECT_NUMBER_OF_COMMITMENTS}, {@link
     *     FrostErrorCode#IDENTITY_COMMITMENT}, {@link FrostErrorCode#INVALID_SECRET_SHARE}, and the sender checks of
     *     {@link LifecycleChecks}; {@link FrostErrorCode#INCONSISTENT_PUBLIC_KEY_PACKAGE} if the old public key package
     *     is itself inconsistent
     */
    public static LifecycleOutput receive(
            ReshareParameters parameters,
            Identifier self,
            Collection<ReshareCommitment> commitments,
            Collection<ReshareSubShare> subShares)
            throws FrostException {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(self, "self is null");
        if (!parameters.newParticipants().contains(self)) {
            throw new FrostException(FrostErrorCode.UNKNOWN_IDENTIFIER, self + " is not in the new committee");
        }
        Ciphersuite suite = parameters.suite();
        SortedMap<Identifier, FeldmanCommitment> checked = checkedCommitments(parameters, commitments);
        SortedMap<Identifier, ReshareSubShare> received = LifecycleChecks.bySenderFor(
                suite, parameters.sessionId(), self, subShares, parameters.dealers(), "reshare sub-share");
        SortedMap<Identifier, Scalar> shares = new TreeMap<>();
        Scalar sum = suite.scalarField().zero();
        for (ReshareSubShare each : received.values()) {
            shares.put(each.sender(), each.subShare());
            Scalar next = sum.add(each.subShare());
            sum.wipe();
            sum = next;
        }
        SecretScalar share = SecretScalar.of(sum);
        try {
            PublicKeyPackage publicKeyPackage = newPublicKeyPackage(parameters, checked);
            FeldmanChecks.verifyShares(
                    self, share.value(), publicKeyPackage.verifyingShare(self).element(), checked, shares);
            KeyPackage keyPackage = KeyPackage.create(
                    self,
                    SigningShare.of(suite, share.value()),
                    publicKeyPackage.verifyingShare(self),
                    publicKeyPackage.verifyingKey(),
                    parameters.newMinSigners());
            received.values().forEach(ReshareSubShare::destroy);
            return new LifecycleOutput(keyPackage, publicKeyPackage);
        } finally {
            share.destroy();
        }
    }

    /**
     * The new public key package from the dealers' commitments alone, with the same checks on them as {@link #receive},
     * for parties that receive no sub-share (departing holders, the coordinator, auditors).
     */
    public static PublicKeyPackage publicKeyPackage(
            ReshareParameters parameters, Collection<ReshareCommitment> commitments) throws FrostException {
        requireNonNull(parameters, "parameters is null");
        return newPublicKeyPackage(parameters, checkedCommitments(parameters, commitments));
    }

    private static PublicKeyPackage newPublicKeyPackage(
            ReshareParameters parameters, SortedMap<Identifier, FeldmanCommitment> commitments) throws FrostException {
        PublicKeyPackage publicKeyPackage = FeldmanChecks.publicKeyPackage(
                parameters.suite(),
                FeldmanChecks.sum(commitments.values()),
                parameters.newParticipants(),
                parameters.newMinSigners());
        if (!publicKeyPackage
                .verifyingKey()
                .equals(parameters.oldPublicKeyPackage().verifyingKey())) {
            throw new FrostException(
                    FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE,
                    "the dealers' Lagrange-weighted verifying shares do not add up to the group key: the old public"
                            + " key package is inconsistent");
        }
        return publicKeyPackage;
    }

    private static SortedMap<Identifier, FeldmanCommitment> checkedCommitments(
            ReshareParameters parameters, Collection<ReshareCommitment> commitments) throws FrostException {
        SortedMap<Identifier, ReshareCommitment> bySender = LifecycleChecks.bySender(
                parameters.suite(), parameters.sessionId(), commitments, parameters.dealers(), "reshare commitment");
        SortedMap<Identifier, FeldmanCommitment> checked = new TreeMap<>();
        List<Identifier> wrongConstant = new ArrayList<>();
        for (ReshareCommitment each : bySender.values()) {
            FeldmanChecks.requireThreshold(each.commitment(), parameters.newMinSigners(), each.sender());
            FeldmanChecks.requireNoIdentity(each.commitment(), false, each.sender());
            if (!each.commitment().constantTerm().equals(parameters.expectedConstantTerm(each.sender()))) {
                wrongConstant.add(each.sender());
            }
            checked.put(each.sender(), each.commitment());
        }
        if (!wrongConstant.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.INVALID_CONSTANT_TERM,
                    "the commitments of " + wrongConstant + " do not commit to lambda_i * Y_i of their old shares",
                    wrongConstant);
        }
        return checked;
    }

    private static void requireDealerKey(ReshareParameters parameters, KeyPackage keyPackage) throws FrostException {
        Identifier dealer = keyPackage.identifier();
        PublicKeyPackage old = parameters.oldPublicKeyPackage();
        if (keyPackage.suite() != parameters.suite()) {
            throw new FrostException(FrostErrorCode.CIPHERSUITE_MISMATCH, "key package is for another ciphersuite");
        }
        if (!parameters.dealers().contains(dealer)) {
            throw new FrostException(FrostErrorCode.UNKNOWN_IDENTIFIER, dealer + " is not a dealer of this reshare");
        }
        if (!keyPackage.verifyingKey().equals(old.verifyingKey())
                || !keyPackage.verifyingShare().equals(old.verifyingShare(dealer))) {
            throw new FrostException(
                    FrostErrorCode.INVALID_KEY_PACKAGE,
                    "key package of " + dealer + " does not match the old public key package");
        }
    }
}
