package dev.custos.frost.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.LifecycleChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * The public configuration of one reshare from the old committee (threshold {@code t}) to a new committee of {@code n'}
 * participants with threshold {@code t'}, agreed by everyone involved. The committees may overlap or be disjoint; an
 * identifier in both names the same party.
 *
 * @param oldPublicKeyPackage the old committee's public key package; its group key is preserved
 * @param dealers distinct old holders who deal, at least the old {@code minSigners}; stored sorted
 * @param newParticipants distinct identifiers of the new committee, at least 2; stored sorted
 * @param newMinSigners the new threshold {@code t'}, in {@code [2, n']}
 */
public record ReshareParameters(
        SessionId sessionId,
        PublicKeyPackage oldPublicKeyPackage,
        List<Identifier> dealers,
        List<Identifier> newParticipants,
        int newMinSigners) {
    public ReshareParameters {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(oldPublicKeyPackage, "oldPublicKeyPackage is null");
        Ciphersuite suite = oldPublicKeyPackage.suite();
        dealers = LifecycleChecks.sortedDistinct(suite, dealers, "dealers");
        newParticipants = LifecycleChecks.sortedDistinct(suite, newParticipants, "newParticipants");
        for (Identifier dealer : dealers) {
            if (oldPublicKeyPackage.verifyingShare(dealer) == null) {
                throw new IllegalArgumentException("dealer " + dealer + " is not in the old public key package");
            }
        }
        if (dealers.size() < oldPublicKeyPackage.minSigners()) {
            throw new IllegalArgumentException("a reshare needs at least the old minSigners = "
                    + oldPublicKeyPackage.minSigners() + " dealers, got " + dealers.size());
        }
        if (newParticipants.size() < 2) {
            throw new IllegalArgumentException("the new committee needs at least 2 participants");
        }
        if (newMinSigners < 2 || newMinSigners > newParticipants.size()) {
            throw new IllegalArgumentException(
                    "newMinSigners must be in [2, " + newParticipants.size() + "], got " + newMinSigners);
        }
    }

    public Ciphersuite suite() {
        return oldPublicKeyPackage.suite();
    }

    /** {@code lambda_i}, the Lagrange coefficient at zero of {@code dealer} over the dealer set. */
    public Scalar dealerWeight(Identifier dealer) {
        requireNonNull(dealer, "dealer is null");
        List<Scalar> xs = new ArrayList<>(dealers.size());
        for (Identifier each : dealers) {
            xs.add(each.value());
        }
        return Lagrange.coefficientAtZero(dealer.value(), xs);
    }

    /**
     * What the constant term of {@code dealer}'s commitment must be: {@code lambda_i * Y_i} with {@code Y_i} from the old
     * public key package. These add up to the group key.
     */
    public Element expectedConstantTerm(Identifier dealer) {
        Element verifyingShare = oldPublicKeyPackage.verifyingShare(dealer).element();
        return verifyingShare.multiplyPublic(dealerWeight(dealer));
    }
}
