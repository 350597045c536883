package dev.custos.frost.reshare;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.PrivateScalarMessage;
import dev.custos.frost.serialization.LifecycleMessageType;

/**
 * Reshare message from dealer {@code sender} to new participant {@code recipient}: the sub-share {@code
 * g_sender(recipient)}. Send only over a confidential, authenticated channel.
 */
public final class ReshareSubShare extends PrivateScalarMessage {
    /** Copies {@code subShare}. */
    public ReshareSubShare(
            Ciphersuite suite, SessionId sessionId, Identifier sender, Identifier recipient, Scalar subShare) {
        super(suite, sessionId, sender, recipient, subShare);
    }

    /** The sub-share, owned by this message. Secret. */
    public Scalar subShare() {
        return secretValue();
    }

    @Override
    protected LifecycleMessageType type() {
        return LifecycleMessageType.RESHARE_SUB_SHARE;
    }

    /** Strictly decodes a sub-share received from {@code from}; failures name {@code from}. */
    public static ReshareSubShare decode(Ciphersuite suite, Identifier from, byte[] encoding) throws FrostException {
        return decodeWith(suite, LifecycleMessageType.RESHARE_SUB_SHARE, from, encoding, ReshareSubShare::new);
    }
}
