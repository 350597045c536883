package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.Destroyable;

/**
 * A share sent by a trusted dealer to one participant: the participant's signing share plus the dealer's Feldman
 * commitment. Unverified: turn it into a {@link KeyPackage} with {@link KeyPackage#fromVerified(SecretShare)}, which
 * checks the share against the commitment.
 */
public final class SecretShare implements Destroyable {
    private final Identifier identifier;
    private final SigningShare signingShare;
    private final VerifiableSecretSharingCommitment commitment;

    public SecretShare(Identifier identifier, SigningShare signingShare, VerifiableSecretSharingCommitment commitment) {
        this.identifier = requireNonNull(identifier, "identifier is null");
        this.signingShare = requireNonNull(signingShare, "signingShare is null");
        this.commitment = requireNonNull(commitment, "commitment is null");
        if (signingShare.suite() != commitment.suite()) {
            throw new IllegalArgumentException("signingShare and commitment belong to different ciphersuites");
        }
    }

    public Ciphersuite suite() {
        return commitment.suite();
    }

    public Identifier identifier() {
        return identifier;
    }

    public SigningShare signingShare() {
        return signingShare;
    }

    public VerifiableSecretSharingCommitment commitment() {
        return commitment;
    }

    /**
     * Checks {@code s_i * G == sum_j C_j * i^j} (Feldman) and returns the verified verifying share.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_SECRET_SHARE} if the share does not match the commitment
     */
    public VerifyingShare verify() throws FrostException {
        // A zero share, or a commitment that evaluates to the identity at this identifier, has no verifying share.
        Element evaluated = commitment.evaluate(identifier);
        if (signingShare.scalar().isZero() || evaluated.isIdentity()) {
            throw new FrostException(
                    FrostErrorCode.INVALID_SECRET_SHARE,
                    "secret share for " + identifier + " has no verifying share (zero share or identity commitment)");
        }
        VerifyingShare expected = new VerifyingShare(suite(), evaluated);
        VerifyingShare actual = signingShare.verifyingShare();
        if (!expected.equals(actual)) {
            throw new FrostException(
                    FrostErrorCode.INVALID_SECRET_SHARE,
                    "secret share for " + identifier + " does not match the dealer's commitment");
        }
        return actual;
    }

    @Override
    public void destroy() {
        signingShare.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return signingShare.isDestroyed();
    }

    @Override
    public String toString() {
        return "SecretShare[" + suite().name() + ", " + identifier + ", <redacted>]";
    }

    /**
     * The versioned encoding: header, identifier, signing share, count, commitment coefficients. <b>Contains the secret
     * share</b>: send it only over an encrypted, authenticated channel to its participant.
     */
    public byte[] serialize() {
        MessageWriter writer = MessageWriter.start(MessageType.SECRET_SHARE, suite())
                .identifier(identifier)
                .scalar(signingShare.scalar())
                .u16(commitment.coefficients().size());
        for (Element coefficient : commitment.coefficients()) {
            writer.element(coefficient);
        }
        return writer.toByteArray();
    }

    /** Strictly decodes {@link #serialize()} output; verify it with {@link KeyPackage#fromVerified(SecretShare)}. */
    public static SecretShare deserialize(byte[] message) throws FrostException {
        MessageReader reader = MessageReader.open(message, MessageType.SECRET_SHARE);
        Ciphersuite suite = reader.suite();
        Identifier identifier = reader.identifier("identifier");
        SigningShare signingShare = SigningShare.of(suite, SecretScalar.of(reader.scalar("signingShare")));
        int count = reader.u16("count");
        if (count == 0) {
            throw reader.error("count: a commitment needs at least one coefficient");
        }
        List<Element> coefficients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            coefficients.add(reader.element("commitment[" + i + "]"));
        }
        reader.finish();
        return new SecretShare(identifier, signingShare, new VerifiableSecretSharingCommitment(suite, coefficients));
    }
}
