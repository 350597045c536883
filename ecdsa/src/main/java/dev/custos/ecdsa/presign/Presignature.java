package dev.custos.ecdsa.presign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.Destroyable;

/**
 * One party's single-use presignature (DKLs23 Protocol 3.6 after round 2): the nonce point {@code R} and its secret
 * values {@code φ_i}, {@code u_i}, {@code v_i} with {@code Σu_i = r·φ} and {@code Σv_i = sk·φ}. Signing one message with
 * it releases {@code w_i = H(m)·φ_i + r_x·v_i}; two messages would reveal the key, so it must be used at most once: use
 * it only through a {@link dev.custos.ecdsa.store.PresignatureStore}. Secret: redacted, destroyable.
 */
public final class Presignature implements Destroyable {
    private static final int SECRET_TYPE = 0x50;

    private final PresignatureInfo info;
    private final Identifier self;
    private final SecretScalar mask;
    private final SecretScalar nonceProduct;
    private final SecretScalar keyProduct;

    Presignature(PresignatureInfo info, Identifier self, Scalar mask, Scalar nonceProduct, Scalar keyProduct) {
        this.info = requireNonNull(info, "info is null");
        this.self = requireNonNull(self, "self is null");
        this.mask = SecretScalar.of(mask);
        this.nonceProduct = SecretScalar.of(nonceProduct);
        this.keyProduct = SecretScalar.of(keyProduct);
        if (!info.signers().contains(self)) {
            throw new IllegalArgumentException(self + " is not among the signers");
        }
    }

    public PresignatureInfo info() {
        return info;
    }

    public SessionId session() {
        return info.session();
    }

    public Identifier self() {
        return self;
    }

    /** φ_i. */
    public Scalar mask() {
        return mask.value();
    }

    /** u_i, this party's share of r·φ. */
    public Scalar nonceProduct() {
        return nonceProduct.value();
    }

    /** v_i, this party's share of sk·φ. */
    public Scalar keyProduct() {
        return keyProduct.value();
    }

    /**
     * The full secret encoding, for a presignature store to persist. The bytes are as sensitive as the presignature:
     * the store must protect them and never let them be loaded twice.
     */
    public byte[] toSecretBytes() {
        MessageWriter writer = MessageWriter.message(ProtocolMessage.VERSION, SECRET_TYPE)
                .putSession(info.session())
                .putIdentifier(self)
                .putInt(info.signers().size());
        info.signers().forEach(writer::putIdentifier);
        return writer.putElement(info.nonce())
                .putElement(info.publicKey())
                .putScalar(mask.value())
                .putScalar(nonceProduct.value())
                .putScalar(keyProduct.value())
                .toByteArray();
    }

    public static Presignature fromSecretBytes(byte[] bytes) throws InvalidEncodingException {
        MessageReader reader = MessageReader.message(bytes, ProtocolMessage.VERSION, SECRET_TYPE);
        SessionId session = reader.getSession();
        Identifier self = reader.getIdentifier();
        int count = reader.getCount();
        if (count < 2) {
            throw new InvalidEncodingException("presignature has fewer than 2 signers");
        }
        List<Identifier> signers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            signers.add(reader.getIdentifier());
        }
        Element nonce = reader.getElement();
        Element publicKey = reader.getElement();
        Scalar mask = reader.getScalar();
        Scalar nonceProduct = reader.getScalar();
        Scalar keyProduct = reader.getScalar();
        reader.end();
        try {
            return new Presignature(
                    new PresignatureInfo(session, signers, nonce, publicKey), self, mask, nonceProduct, keyProduct);
        } catch (IllegalArgumentException e) {
            throw new InvalidEncodingException(e.getMessage());
        }
    }

    @Override
    public void destroy() {
        mask.destroy();
        nonceProduct.destroy();
        keyProduct.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return mask.isDestroyed();
    }

    @Override
    public String toString() {
        return "Presignature[" + info.session() + ", " + self + ", <redacted>]";
    }
}
