package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.SessionId;
import java.security.SecureRandom;
import java.util.List;

/**
 * What every protocol run of a node needs: who it is, who takes part, and the session that binds the run.
 *
 * @param self this node's name
 * @param parties the key's holders (the identifiers)
 * @param participants the nodes taking part in this run (all holders, or a signer set)
 * @param threshold the key's threshold
 * @param session the run's protocol session (derived from the whole job start, see {@code JobBinding})
 * @param random randomness
 */
public record ProtocolContext(
        String self,
        Parties parties,
        List<String> participants,
        int threshold,
        SessionId session,
        SecureRandom random) {
    public ProtocolContext {
        requireNonNull(self, "self is null");
        requireNonNull(parties, "parties is null");
        participants = List.copyOf(requireNonNull(participants, "participants is null"));
        requireNonNull(session, "session is null");
        requireNonNull(random, "random is null");
        if (!participants.contains(self)) {
            throw new IllegalArgumentException(self + " does not take part");
        }
    }

    /** The session as the ECDSA module names it. */
    public dev.custos.ecdsa.SessionId ecdsaSession() {
        return dev.custos.ecdsa.SessionId.of(session.bytes());
    }

    /** The session as the FROST module names it. */
    public dev.custos.frost.SessionId frostSession() {
        return dev.custos.frost.SessionId.of(session.bytes());
    }

    /** The participants' ECDSA identifiers, in order. */
    public List<dev.custos.ecdsa.Identifier> ecdsaParticipants() {
        return participants.stream().map(parties::ecdsa).toList();
    }
}
