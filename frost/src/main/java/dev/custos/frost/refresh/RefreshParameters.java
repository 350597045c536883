package dev.custos.frost.refresh;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.LifecycleChecks;
import java.util.List;

/**
 * The public configuration of one proactive refresh, agreed by all participants: the session id, the group's current
 * public key package and the participants who refresh. The threshold stays {@code publicKeyPackage.minSigners()};
 * holders left out of {@code participants} are removed from the group (their old shares no longer combine with the new
 * ones).
 *
 * @param participants distinct identifiers from the public key package, at least {@code minSigners}; stored sorted
 */
public record RefreshParameters(SessionId sessionId, PublicKeyPackage publicKeyPackage, List<Identifier> participants) {
    public RefreshParameters {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        participants = LifecycleChecks.sortedDistinct(publicKeyPackage.suite(), participants, "participants");
        for (Identifier participant : participants) {
            if (publicKeyPackage.verifyingShare(participant) == null) {
                throw new IllegalArgumentException(participant + " is not in the public key package");
            }
        }
        if (participants.size() < publicKeyPackage.minSigners()) {
            throw new IllegalArgumentException("a refresh needs at least minSigners = " + publicKeyPackage.minSigners()
                    + " participants, got " + participants.size());
        }
    }

    /** All holders of the public key package refresh. */
    public static RefreshParameters all(SessionId sessionId, PublicKeyPackage publicKeyPackage) {
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        return new RefreshParameters(
                sessionId,
                publicKeyPackage,
                List.copyOf(publicKeyPackage.verifyingShares().keySet()));
    }

    public Ciphersuite suite() {
        return publicKeyPackage.suite();
    }

    public int minSigners() {
        return publicKeyPackage.minSigners();
    }
}
