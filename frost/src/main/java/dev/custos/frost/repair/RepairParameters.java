package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.dkg.LifecycleChecks;
import dev.custos.frost.dkg.SessionId;
import dev.custos.frost.keys.PublicKeyPackage;
import java.util.ArrayList;
import java.util.List;

/**
 * The public configuration of one share repair, agreed by the helpers and the participant whose share is lost: the
 * session id, the group's public key package, the helpers (at least {@code minSigners} holders) and the participant to
 * repair (in the public key package, not a helper).
 *
 * @param helpers distinct identifiers from the public key package; stored sorted
 */
public record RepairParameters(
        SessionId sessionId, PublicKeyPackage publicKeyPackage, List<Identifier> helpers, Identifier lostParticipant) {
    public RepairParameters {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        requireNonNull(lostParticipant, "lostParticipant is null");
        helpers = LifecycleChecks.sortedDistinct(publicKeyPackage.suite(), helpers, "helpers");
        for (Identifier helper : helpers) {
            if (publicKeyPackage.verifyingShare(helper) == null) {
                throw new IllegalArgumentException("helper " + helper + " is not in the public key package");
            }
        }
        if (publicKeyPackage.verifyingShare(lostParticipant) == null) {
            throw new IllegalArgumentException(lostParticipant + " is not in the public key package");
        }
        if (helpers.contains(lostParticipant)) {
            throw new IllegalArgumentException(lostParticipant + " cannot help repair its own share");
        }
        if (helpers.size() < publicKeyPackage.minSigners()) {
            throw new IllegalArgumentException("a repair needs at least minSigners = " + publicKeyPackage.minSigners()
                    + " helpers, got " + helpers.size());
        }
    }

    public Ciphersuite suite() {
        return publicKeyPackage.suite();
    }

    /**
     * {@code zeta_i}, the Lagrange coefficient of {@code helper} over the helper set evaluated at the lost participant's
     * identifier: {@code s_lost = sum_i zeta_i * s_i}.
     */
    public Scalar lagrangeCoefficient(Identifier helper) {
        requireNonNull(helper, "helper is null");
        List<Scalar> xs = new ArrayList<>(helpers.size());
        for (Identifier each : helpers) {
            xs.add(each.value());
        }
        return Lagrange.coefficientAt(lostParticipant.value(), helper.value(), xs);
    }
}
