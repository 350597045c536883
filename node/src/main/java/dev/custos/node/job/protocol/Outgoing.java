package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.NodeIdentity;
import dev.custos.types.SecretBytes;

/** A protocol message a node sends to its peers in one round; the session seals it into an envelope. */
public sealed interface Outgoing {
    /** The round, 1 or more. */
    int round();

    /**
     * A payload for every participant, signed (public).
     *
     * @param round the round
     * @param payload the payload
     */
    record Broadcast(int round, byte[] payload) implements Outgoing {
        public Broadcast {
            requireNonNull(payload, "payload is null");
            payload = payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }
    }

    /**
     * A payload for one participant, signed and encrypted to it (secret: the session destroys it once sealed).
     *
     * @param round the round
     * @param to the recipient's node name
     * @param payload the payload
     */
    record Direct(int round, String to, SecretBytes payload) implements Outgoing {
        public Direct {
            NodeIdentity.requireValidName(to);
            requireNonNull(payload, "payload is null");
        }
    }
}
