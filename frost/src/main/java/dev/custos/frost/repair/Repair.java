package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SigningShare;
import dev.custos.frost.keys.VerifyingShare;
import dev.custos.frost.lifecycle.LifecycleChecks;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Repairable threshold scheme (Laing and Stinson, eprint 2017/1155; ZF FROST {@code keys/repairable.rs}): at least
 * {@code minSigners} helpers restore the lost share {@code s_r = f(r)} of another participant without revealing their
 * own shares and without reconstructing the key.
 *
 * <ol>
 *   <li>{@link #part1} (each helper {@code i}): split {@code zeta_i * s_i} into random deltas {@code delta_{i,j}}, one
 *       per helper, and commit to each ({@code D_{i,j} = delta_{i,j} * G}); send each delta privately, broadcast the
 *       commitments to the helpers and to {@code r}.
 *   <li>{@link #part2} (each helper {@code j}): check the received deltas against the commitments and send {@code
 *       sigma_j = sum_i delta_{i,j}} privately to {@code r}.
 *   <li>{@link #part3} (participant {@code r}): {@code s_r = sum_j sigma_j}, checked against {@code Y_r} from the public
 *       key package; if it does not match, the commitments identify the helper at fault.
 * </ol>
 *
 * <p><b>Authorization.</b> The protocol gives {@code s_r} to whoever receives the sigmas addressed to {@code r}, so a
 * repair must only run for a request the group has authorized: every call takes {@link RepairParameters} built from a
 * {@link RepairAuthorization}, each helper only takes part if the authorization names it, and every message is bound to
 * the authorization ({@link RepairParameters#boundSessionId()}), so messages produced for one request are rejected in a
 * repair under another request, of another participant or with other helpers. This library cannot verify the signed
 * request: callers MUST only build a {@link RepairAuthorization} from a request they have verified (quorum-signed, not
 * served before), and the transport MUST authenticate {@code r} as the recipient of the sigmas.
 */
public final class Repair {
    private Repair() {}

    /**
     * Round 1 for the helper holding {@code keyPackage}.
     *
     * @throws FrostException {@link FrostErrorCode#UNKNOWN_IDENTIFIER} if the holder is not a helper, {@link
     *     FrostErrorCode#INVALID_KEY_PACKAGE} if the key package does not match the public key package
     */
    public static RepairDeltas part1(RepairParameters parameters, KeyPackage keyPackage, SecureRandom random)
            throws FrostException {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(keyPackage, "keyPackage is null");
        requireNonNull(random, "random is null");
        requireHelperKey(parameters, keyPackage);
        Ciphersuite suite = parameters.suite();
        SessionId session = parameters.boundSessionId();
        ScalarField field = suite.scalarField();
        Identifier self = keyPackage.identifier();
        List<Identifier> helpers = parameters.helpers();
        SecretScalar remaining = SecretScalar.of(parameters
                .lagrangeCoefficient(self)
                .multiply(keyPackage.signingShare().scalar()));
        SortedMap<Identifier, RepairDelta> deltas = new TreeMap<>();
        SortedMap<Identifier, Element> commitments = new TreeMap<>();
        try {
            for (int k = 0; k < helpers.size(); k++) {
                Identifier helper = helpers.get(k);
                boolean last = k == helpers.size() - 1;
                Scalar delta = last ? remaining.value().add(field.zero()) : field.randomNonZero(random);
                if (!last) {
                    Scalar next = remaining.value().subtract(delta);
                    remaining.destroy();
                    remaining = SecretScalar.of(next);
                }
                deltas.put(helper, new RepairDelta(suite, session, self, helper, delta));
                commitments.put(helper, suite.group().multiplyGenerator(delta));
                delta.wipe();
            }
        } finally {
            remaining.destroy();
        }
        return new RepairDeltas(new RepairDeltaCommitments(suite, session, self, commitments), deltas);
    }

    /**
     * Round 2 for helper {@code self}: checks the deltas addressed to it (one from every helper, itself included)
     * against the senders' commitments and returns its sigma for the participant being repaired. Received deltas are
     * destroyed.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_SECRET_SHARE} naming every helper whose delta does not match
     *     its commitment, {@link FrostErrorCode#INCORRECT_PACKAGE} naming a helper whose commitments do not cover exactly
     *     the helpers, and the sender checks of {@link LifecycleChecks}
     */
    public static RepairSigma part2(
            RepairParameters parameters,
            Identifier self,
            Collection<RepairDeltaCommitments> commitments,
            Collection<RepairDelta> deltas)
            throws FrostException {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(self, "self is null");
        requireNamedHelper(parameters, self);
        Ciphersuite suite = parameters.suite();
        SessionId session = parameters.boundSessionId();
        SortedMap<Identifier, RepairDeltaCommitments> bySender = commitmentsBySender(parameters, session, commitments);
        SortedMap<Identifier, RepairDelta> received =
                LifecycleChecks.bySenderFor(suite, session, self, deltas, parameters.helpers(), "repair delta");
        Group group = suite.group();
        List<Identifier> culprits = new ArrayList<>();
        Scalar sigma = suite.scalarField().zero();
        for (RepairDelta delta : received.values()) {
            Element expected = bySender.get(delta.sender()).commitments().get(self);
            if (!group.multiplyGenerator(delta.delta()).equals(expected)) {
                culprits.add(delta.sender());
            }
            Scalar next = sigma.add(delta.delta());
            sigma.wipe();
            sigma = next;
        }
        try {
            if (!culprits.isEmpty()) {
                throw new FrostException(
                        FrostErrorCode.INVALID_SECRET_SHARE,
                        "repair deltas for " + self + " from " + culprits + " do not match their commitments",
                        culprits);
            }
            received.values().forEach(RepairDelta::destroy);
            return new RepairSigma(suite, session, self, parameters.lostParticipant(), sigma);
        } finally {
            sigma.wipe();
        }
    }

    /**
     * Round 3 for the participant being repaired: sums the sigmas (one from every helper) into its signing share, checks
     * it against its verifying share in the public key package, and returns its key package. On a mismatch the delta
     * commitments name the culprits: a helper whose deltas do not add up to {@code zeta_i * Y_i} ({@link
     * FrostErrorCode#INVALID_REPAIR_COMMITMENT}), else a helper whose sigma does not match the commitments to the deltas
     * it received ({@link FrostErrorCode#INVALID_SECRET_SHARE}). Received sigmas are destroyed on success.
     *
     * @throws FrostException as above, {@link FrostErrorCode#INCONSISTENT_PUBLIC_KEY_PACKAGE} if nobody can be blamed,
     *     and the sender checks of {@link LifecycleChecks}
     */
    public static KeyPackage part3(
            RepairParameters parameters, Collection<RepairDeltaCommitments> commitments, Collection<RepairSigma> sigmas)
            throws FrostException {
        requireNonNull(parameters, "parameters is null");
        Ciphersuite suite = parameters.suite();
        Identifier self = parameters.lostParticipant();
        SessionId session = parameters.boundSessionId();
        SortedMap<Identifier, RepairDeltaCommitments> bySender = commitmentsBySender(parameters, session, commitments);
        SortedMap<Identifier, RepairSigma> received =
                LifecycleChecks.bySenderFor(suite, session, self, sigmas, parameters.helpers(), "repair sigma");
        Scalar sum = suite.scalarField().zero();
        for (RepairSigma sigma : received.values()) {
            Scalar next = sum.add(sigma.sigma());
            sum.wipe();
            sum = next;
        }
        SecretScalar share = SecretScalar.of(sum);
        try {
            PublicKeyPackage publicKeyPackage = parameters.publicKeyPackage();
            VerifyingShare expected = publicKeyPackage.verifyingShare(self);
            if (!suite.group().multiplyGenerator(share.value()).equals(expected.element())) {
                throw RepairBlame.blame(parameters, bySender, received);
            }
            KeyPackage repaired = KeyPackage.create(
                    self,
                    SigningShare.of(suite, share.value()),
                    expected,
                    publicKeyPackage.verifyingKey(),
                    publicKeyPackage.minSigners());
            received.values().forEach(RepairSigma::destroy);
            return repaired;
        } finally {
            share.destroy();
        }
    }

    private static SortedMap<Identifier, RepairDeltaCommitments> commitmentsBySender(
            RepairParameters parameters, SessionId session, Collection<RepairDeltaCommitments> commitments)
            throws FrostException {
        SortedMap<Identifier, RepairDeltaCommitments> bySender = LifecycleChecks.bySender(
                parameters.suite(), session, commitments, parameters.helpers(), "repair delta commitments");
        for (RepairDeltaCommitments each : bySender.values()) {
            if (!each.commitments().keySet().equals(new TreeSet<>(parameters.helpers()))) {
                throw FrostException.blame(
                        FrostErrorCode.INCORRECT_PACKAGE,
                        each.sender(),
                        "its delta commitments are for " + each.commitments().keySet() + ", not for the helpers "
                                + parameters.helpers());
            }
            for (Element element : each.commitments().values()) {
                if (element.isIdentity()) {
                    throw FrostException.blame(
                            FrostErrorCode.IDENTITY_COMMITMENT, each.sender(), "a delta commitment is the identity");
                }
            }
        }
        return bySender;
    }

    private static void requireNamedHelper(RepairParameters parameters, Identifier self) throws FrostException {
        if (!parameters.authorization().namesHelper(self)) {
            throw new FrostException(
                    FrostErrorCode.UNKNOWN_IDENTIFIER,
                    self + " is not a helper named by the repair authorization " + parameters.authorization());
        }
    }

    private static void requireHelperKey(RepairParameters parameters, KeyPackage keyPackage) throws FrostException {
        Identifier self = keyPackage.identifier();
        PublicKeyPackage publicKeyPackage = parameters.publicKeyPackage();
        if (keyPackage.suite() != parameters.suite()) {
            throw new FrostException(FrostErrorCode.CIPHERSUITE_MISMATCH, "key package is for another ciphersuite");
        }
        requireNamedHelper(parameters, self);
        if (!keyPackage.verifyingKey().equals(publicKeyPackage.verifyingKey())
                || !keyPackage.verifyingShare().equals(publicKeyPackage.verifyingShare(self))) {
            throw new FrostException(
                    FrostErrorCode.INVALID_KEY_PACKAGE,
                    "key package of " + self + " does not match the public key package");
        }
    }
}
