package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/** A {@link SigningAuthorizer}'s decision. */
public sealed interface Authorization {
    /**
     * Sign {@code message}: for ECDSA the 32-byte hash the chain verifies, for FROST the message itself (a Solana
     * message, a BIP341 sighash), as the authorizer derived it from the payload.
     *
     * @param message what the node signs
     */
    record Authorized(byte[] message) implements Authorization {
        public Authorized {
            requireNonNull(message, "message is null");
            if (message.length == 0) {
                throw new IllegalArgumentException("an authorized message is not empty");
            }
            message = message.clone();
        }

        @Override
        public byte[] message() {
            return message.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Authorized other && Arrays.equals(message, other.message);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(message);
        }

        @Override
        public String toString() {
            return "Authorized[" + message.length + " bytes]";
        }
    }

    /**
     * Do not sign.
     *
     * @param reason why, for the coordinator and the audit log
     */
    record Refused(String reason) implements Authorization {
        public Refused {
            requireNonNull(reason, "reason is null");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
