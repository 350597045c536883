package dev.custos.node.envelope;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.NodeIdentity;
import dev.custos.types.SecretBytes;
import java.util.Arrays;

/**
 * An envelope an {@link EnvelopeInbox} accepted: from an authenticated member, for this session, in order, decrypted.
 */
public sealed interface Delivery {
    /** The sender's node name. */
    String from();

    /** The protocol round. */
    int round();

    /**
     * A broadcast payload (public: every member received it).
     *
     * @param from the sender
     * @param round the round
     * @param payload the payload as signed
     */
    record Broadcast(String from, int round, byte[] payload) implements Delivery {
        public Broadcast {
            NodeIdentity.requireValidName(from);
            payload = requireNonNull(payload, "payload is null").clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Broadcast other
                    && from.equals(other.from)
                    && round == other.round
                    && Arrays.equals(payload, other.payload);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * from.hashCode() + round) + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "Delivery.Broadcast[" + from + ", round " + round + ", " + payload.length + " bytes]";
        }
    }

    /**
     * A direct payload, decrypted (secret: it may carry a share; the receiver destroys it).
     *
     * @param from the sender
     * @param round the round
     * @param payload the decrypted payload
     */
    record Direct(String from, int round, SecretBytes payload) implements Delivery {
        public Direct {
            NodeIdentity.requireValidName(from);
            requireNonNull(payload, "payload is null");
        }
    }
}
