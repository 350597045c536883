package dev.custos.frost.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.serialization.LifecycleMessageType;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageWriter;

/**
 * Base of the private lifecycle messages that carry one secret scalar from {@code sender} to {@code recipient} (a DKG or
 * refresh share, a reshare sub-share, a repair delta or sigma). Encoded as header, sender, recipient, scalar. The scalar
 * is held in a {@link SecretScalar}: {@link #toString()} is redacted, there is no value {@code equals}, and {@link
 * #destroy()} wipes it.
 */
public abstract class PrivateScalarMessage implements PrivateLifecycleMessage {
    private final Ciphersuite suite;
    private final SessionId sessionId;
    private final Identifier sender;
    private final Identifier recipient;
    private final SecretScalar value;

    /** Copies {@code value}; the caller keeps ownership of its own scalar. */
    protected PrivateScalarMessage(
            Ciphersuite suite, SessionId sessionId, Identifier sender, Identifier recipient, Scalar value) {
        this.suite = requireNonNull(suite, "suite is null");
        this.sessionId = requireNonNull(sessionId, "sessionId is null");
        this.sender = requireNonNull(sender, "sender is null");
        this.recipient = requireNonNull(recipient, "recipient is null");
        requireNonNull(value, "value is null");
        if (sender.value().field() != suite.scalarField() || recipient.value().field() != suite.scalarField()) {
            throw new IllegalArgumentException("sender and recipient must be " + suite.name() + " identifiers");
        }
        if (value.field() != suite.scalarField()) {
            throw new IllegalArgumentException("value is not a " + suite.name() + " scalar");
        }
        this.value = SecretScalar.of(value.add(suite.scalarField().zero()));
    }

    /** The message type written in the header. */
    protected abstract LifecycleMessageType type();

    @Override
    public final Ciphersuite suite() {
        return suite;
    }

    @Override
    public final SessionId sessionId() {
        return sessionId;
    }

    @Override
    public final Identifier sender() {
        return sender;
    }

    @Override
    public final Identifier recipient() {
        return recipient;
    }

    /**
     * The secret scalar, owned by this message. Secret: never log it.
     *
     * @throws IllegalStateException if destroyed
     */
    protected final Scalar secretValue() {
        return value.value();
    }

    /** The encoding; it contains the secret, so wipe it once sent. */
    @Override
    public final byte[] encode() {
        return MessageWriter.start(suite, type(), sessionId)
                .identifier(sender)
                .identifier(recipient)
                .scalar(value.value())
                .toByteArray();
    }

    /** The fields of a decoded message, for the subclasses' {@code decode}. */
    protected record Decoded(SessionId sessionId, Identifier sender, Identifier recipient, Scalar value) {}

    /**
     * Strictly reads header, sender, recipient and a canonical scalar sent by {@code from}.
     *
     * @throws FrostException naming {@code from} on any malformation or if the sender field is not {@code from}
     */
    protected static Decoded read(Ciphersuite suite, LifecycleMessageType type, Identifier from, byte[] encoding)
            throws FrostException {
        MessageReader reader = MessageReader.open(suite, type, from, encoding);
        Identifier sender = reader.identifier("sender");
        reader.requireSender(sender);
        Identifier recipient = reader.identifier("recipient");
        Scalar value = reader.scalar("secret value");
        try {
            reader.finish();
        } catch (FrostException e) {
            value.wipe();
            throw e;
        }
        return new Decoded(reader.sessionId(), sender, recipient, value);
    }

    /** Creates a message from decoded fields; the constructors of the subclasses, which copy the scalar. */
    @FunctionalInterface
    protected interface Factory<M extends PrivateScalarMessage> {
        M create(Ciphersuite suite, SessionId sessionId, Identifier sender, Identifier recipient, Scalar value);
    }

    /**
     * {@link #read} then {@code factory}; the decoded scalar is wiped once the message holds its own copy.
     *
     * @throws FrostException naming {@code from}, as {@link #read}
     */
    protected static <M extends PrivateScalarMessage> M decodeWith(
            Ciphersuite suite, LifecycleMessageType type, Identifier from, byte[] encoding, Factory<M> factory)
            throws FrostException {
        Decoded decoded = read(suite, type, from, encoding);
        try {
            return factory.create(suite, decoded.sessionId(), decoded.sender(), decoded.recipient(), decoded.value());
        } finally {
            decoded.value().wipe();
        }
    }

    @Override
    public final void destroy() {
        value.destroy();
    }

    @Override
    public final boolean isDestroyed() {
        return value.isDestroyed();
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + suite.name() + ", " + sender + " -> " + recipient + ", <redacted>]";
    }
}
