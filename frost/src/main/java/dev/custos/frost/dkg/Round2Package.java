package dev.custos.frost.dkg;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.PrivateScalarMessage;
import dev.custos.frost.serialization.LifecycleMessageType;

/**
 * DKG round 2 message: {@code sender}'s secret share {@code f_sender(recipient)} for {@code recipient}. Send it only over
 * a confidential, authenticated channel; the recipient checks it against the sender's round 1 commitment.
 */
public final class Round2Package extends PrivateScalarMessage {
    /** Copies {@code share}. */
    public Round2Package(
            Ciphersuite suite, SessionId sessionId, Identifier sender, Identifier recipient, Scalar share) {
        super(suite, sessionId, sender, recipient, share);
    }

    /** The share {@code f_sender(recipient)}, owned by this package. Secret. */
    public Scalar share() {
        return secretValue();
    }

    @Override
    protected LifecycleMessageType type() {
        return LifecycleMessageType.DKG_ROUND2;
    }

    /** Strictly decodes a package received from {@code from}; failures name {@code from}. */
    public static Round2Package decode(Ciphersuite suite, Identifier from, byte[] encoding) throws FrostException {
        return decodeWith(suite, LifecycleMessageType.DKG_ROUND2, from, encoding, Round2Package::new);
    }
}
