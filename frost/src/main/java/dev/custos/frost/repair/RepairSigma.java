package dev.custos.frost.repair;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.PrivateScalarMessage;
import dev.custos.frost.serialization.LifecycleMessageType;

/** Repair round 2 message from helper {@code sender} to the participant being repaired ({@code recipient}): {@code sigma_sender}, the sum of the deltas the helper received. Send only over a confidential, authenticated channel. */
public final class RepairSigma extends PrivateScalarMessage {
    /** Copies {@code sigma}. */
    public RepairSigma(Ciphersuite suite, SessionId sessionId, Identifier sender, Identifier recipient, Scalar sigma) {
        super(suite, sessionId, sender, recipient, sigma);
    }

    /** The sigma, owned by this message. Secret. */
    public Scalar sigma() {
        return secretValue();
    }

    @Override
    protected LifecycleMessageType type() {
        return LifecycleMessageType.REPAIR_SIGMA;
    }

    /** Strictly decodes a message received from {@code from}; failures name {@code from}. */
    public static RepairSigma decode(Ciphersuite suite, Identifier from, byte[] encoding) throws FrostException {
        return decodeWith(suite, LifecycleMessageType.REPAIR_SIGMA, from, encoding, RepairSigma::new);
    }
}
