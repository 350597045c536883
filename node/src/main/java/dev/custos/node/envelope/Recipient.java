package dev.custos.node.envelope;

import dev.custos.node.identity.NodeIdentity;

/**
 * Who an envelope is for: every member ({@link Broadcast}: signed, not encrypted) or one member ({@link Direct}:
 * signed, and its payload encrypted to that member with HPKE).
 */
public sealed interface Recipient {
    int BROADCAST_KIND = 1;
    int DIRECT_KIND = 2;

    /** The kind byte in the envelope header. */
    int kind();

    /** Every member of the committee. */
    record Broadcast() implements Recipient {
        @Override
        public int kind() {
            return BROADCAST_KIND;
        }

        @Override
        public String toString() {
            return "everyone";
        }
    }

    /**
     * One member.
     *
     * @param name the member's node name
     */
    record Direct(String name) implements Recipient {
        public Direct {
            NodeIdentity.requireValidName(name);
        }

        @Override
        public int kind() {
            return DIRECT_KIND;
        }

        @Override
        public String toString() {
            return "'" + name + "'";
        }
    }
}
