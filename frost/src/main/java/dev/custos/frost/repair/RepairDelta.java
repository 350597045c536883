package dev.custos.frost.repair;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.PrivateScalarMessage;
import dev.custos.frost.serialization.LifecycleMessageType;

/** Repair round 1 message from helper {@code sender} to helper {@code recipient}: the random share {@code delta_{sender,recipient}} of {@code zeta_sender * s_sender}. Send only over a confidential, authenticated channel; it is checked against {@link RepairDeltaCommitments}. */
public final class RepairDelta extends PrivateScalarMessage {
    /** Copies {@code delta}. */
    public RepairDelta(Ciphersuite suite, SessionId sessionId, Identifier sender, Identifier recipient, Scalar delta) {
        super(suite, sessionId, sender, recipient, delta);
    }

    /** The delta, owned by this message. Secret. */
    public Scalar delta() {
        return secretValue();
    }

    @Override
    protected LifecycleMessageType type() {
        return LifecycleMessageType.REPAIR_DELTA;
    }

    /** Strictly decodes a message received from {@code from}; failures name {@code from}. */
    public static RepairDelta decode(Ciphersuite suite, Identifier from, byte[] encoding) throws FrostException {
        return decodeWith(suite, LifecycleMessageType.REPAIR_DELTA, from, encoding, RepairDelta::new);
    }
}
