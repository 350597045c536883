package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.secret.SecretScalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.VerifyingKey;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;
import javax.security.auth.Destroyable;

/**
 * Everything one participant needs to sign: its identifier, signing share, verifying share, the group verifying key and
 * the threshold. Only the verifying factories create it, so a key package always holds a signing share that matches its
 * verifying share.
 */
public final class KeyPackage implements Destroyable {
    private final Identifier identifier;
    private final SigningShare signingShare;
    private final VerifyingShare verifyingShare;
    private final VerifyingKey verifyingKey;
    private final int minSigners;

    private KeyPackage(
            Identifier identifier,
            SigningShare signingShare,
            VerifyingShare verifyingShare,
            VerifyingKey verifyingKey,
            int minSigners) {
        this.identifier = identifier;
        this.signingShare = signingShare;
        this.verifyingShare = verifyingShare;
        this.verifyingKey = verifyingKey;
        this.minSigners = minSigners;
    }

    /**
     * Creates a key package after checking that {@code signingShare * G == verifyingShare}, that all parts belong to one
     * ciphersuite, and that {@code minSigners >= 2}.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_KEY_PACKAGE} if the signing share does not match, {@link
     *     FrostErrorCode#CIPHERSUITE_MISMATCH} or {@link FrostErrorCode#INVALID_MIN_SIGNERS}
     */
    public static KeyPackage create(
            Identifier identifier,
            SigningShare signingShare,
            VerifyingShare verifyingShare,
            VerifyingKey verifyingKey,
            int minSigners)
            throws FrostException {
        requireNonNull(identifier, "identifier is null");
        requireNonNull(signingShare, "signingShare is null");
        requireNonNull(verifyingShare, "verifyingShare is null");
        requireNonNull(verifyingKey, "verifyingKey is null");
        Ciphersuite suite = verifyingKey.suite();
        if (signingShare.suite() != suite || verifyingShare.suite() != suite) {
            throw new FrostException(
                    FrostErrorCode.CIPHERSUITE_MISMATCH, "key package parts belong to different ciphersuites");
        }
        if (identifier.value().field() != suite.scalarField()) {
            throw new FrostException(FrostErrorCode.CIPHERSUITE_MISMATCH, "identifier belongs to another field");
        }
        if (minSigners < 2) {
            throw new FrostException(FrostErrorCode.INVALID_MIN_SIGNERS, "minSigners must be at least 2");
        }
        if (signingShare.scalar().isZero()) {
            throw new FrostException(FrostErrorCode.INVALID_KEY_PACKAGE, "signing share of " + identifier + " is zero");
        }
        if (!signingShare.verifyingShare().equals(verifyingShare)) {
            throw new FrostException(
                    FrostErrorCode.INVALID_KEY_PACKAGE,
                    "signing share of " + identifier + " does not match its verifying share");
        }
        return new KeyPackage(identifier, signingShare, verifyingShare, verifyingKey, minSigners);
    }

    /**
     * Verifies a dealer's secret share against its Feldman commitment and returns the key package (ZF FROST's {@code
     * KeyPackage::try_from(SecretShare)}). The threshold is the number of commitment coefficients.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_SECRET_SHARE} if the share does not match the commitment
     */
    public static KeyPackage fromVerified(SecretShare secretShare) throws FrostException {
        requireNonNull(secretShare, "secretShare is null");
        VerifyingShare verifyingShare = secretShare.verify();
        return create(
                secretShare.identifier(),
                secretShare.signingShare(),
                verifyingShare,
                secretShare.commitment().verifyingKey(),
                secretShare.commitment().minSigners());
    }

    public Ciphersuite suite() {
        return verifyingKey.suite();
    }

    public Identifier identifier() {
        return identifier;
    }

    public SigningShare signingShare() {
        return signingShare;
    }

    public VerifyingShare verifyingShare() {
        return verifyingShare;
    }

    public VerifyingKey verifyingKey() {
        return verifyingKey;
    }

    public int minSigners() {
        return minSigners;
    }

    /** Destroys the signing share. */
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
        return "KeyPackage[" + suite().name() + ", " + identifier + ", minSigners=" + minSigners + ", <redacted>]";
    }

    /**
     * The versioned storage encoding: header, identifier, signing share, verifying share, group key, minSigners.
     * <b>Contains the secret share</b>: encrypt it at rest and wipe the array after use.
     */
    public byte[] serialize() {
        return MessageWriter.start(MessageType.KEY_PACKAGE, suite())
                .identifier(identifier)
                .scalar(signingShare.scalar())
                .element(verifyingShare.element())
                .element(verifyingKey.element())
                .u16(minSigners)
                .toByteArray();
    }

    /**
     * Strictly decodes {@link #serialize()} output and re-checks it like {@link #create}: a signing share that does not
     * match its verifying share is {@link FrostErrorCode#INVALID_KEY_PACKAGE}.
     */
    public static KeyPackage deserialize(byte[] message) throws FrostException {
        MessageReader reader = MessageReader.open(message, MessageType.KEY_PACKAGE);
        Ciphersuite suite = reader.suite();
        Identifier identifier = reader.identifier("identifier");
        SigningShare signingShare = SigningShare.of(suite, SecretScalar.of(reader.scalar("signingShare")));
        VerifyingShare verifyingShare = new VerifyingShare(suite, reader.element("verifyingShare"));
        VerifyingKey verifyingKey = new VerifyingKey(suite, reader.element("verifyingKey"));
        int minSigners = reader.u16("minSigners");
        reader.finish();
        return create(identifier, signingShare, verifyingShare, verifyingKey, minSigners);
    }
}
