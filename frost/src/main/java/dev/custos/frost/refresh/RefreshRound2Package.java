package dev.custos.frost.refresh;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.PrivateScalarMessage;
import dev.custos.frost.serialization.LifecycleMessageType;

/**
 * Refresh round 2 message: {@code sender}'s share {@code z_sender(recipient)} of zero for {@code recipient}. Send only
 * over a confidential, authenticated channel.
 */
public final class RefreshRound2Package extends PrivateScalarMessage {
    /** Copies {@code share}. */
    public RefreshRound2Package(
            Ciphersuite suite, SessionId sessionId, Identifier sender, Identifier recipient, Scalar share) {
        super(suite, sessionId, sender, recipient, share);
    }

    /** The refresh share, owned by this package. Secret. */
    public Scalar share() {
        return secretValue();
    }

    @Override
    protected LifecycleMessageType type() {
        return LifecycleMessageType.REFRESH_ROUND2;
    }

    /** Strictly decodes a package received from {@code from}; failures name {@code from}. */
    public static RefreshRound2Package decode(Ciphersuite suite, Identifier from, byte[] encoding)
            throws FrostException {
        return decodeWith(suite, LifecycleMessageType.REFRESH_ROUND2, from, encoding, RefreshRound2Package::new);
    }
}
