package dev.custos.ecdsa.sign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.signature.EcdsaVerifier;
import dev.custos.ecdsa.store.PresignatureStore;

/** Signs one message hash with one stored presignature, which the store marks used before the share is computed. */
public final class Signer {
    private Signer() {}

    /**
     * Consumes the presignature of {@code session} from {@code store} and returns this party's share for
     * {@code messageHash} (32 bytes, the hash the chain signs, e.g. Keccak-256 of an Ethereum transaction).
     * {@code expectedPublicKey} is the key this party's policy approved the hash for (for a BIP32 child, the child key):
     * a session is only a coordinator's claim, and the presignatures of a parent key and its children can share one
     * store, so a presignature of any other key is refused and left unused in the store.
     *
     * @throws EcdsaException ({@code PRESIGNATURE_UNAVAILABLE}) if the presignature is unknown or was already used,
     *     ({@code PRESIGNATURE_KEY_MISMATCH}) if it belongs to another key than {@code expectedPublicKey}
     */
    public static SignatureShare sign(
            PresignatureStore store, SessionId session, Element expectedPublicKey, byte[] messageHash)
            throws EcdsaException {
        requireNonNull(store, "store is null");
        requireNonNull(session, "session is null");
        requireNonNull(expectedPublicKey, "expectedPublicKey is null");
        Scalar z = EcdsaVerifier.messageScalar(messageHash);
        Presignature presignature = store.consume(session, expectedPublicKey);
        try {
            // the store checks the key before marking the presignature used; this guards against a store that does not
            PresignatureStore.requireKey(presignature, expectedPublicKey);
            Scalar r = SignatureCombiner.rOf(presignature.info().nonce());
            Scalar w = z.multiply(presignature.mask()).add(r.multiply(presignature.keyProduct()));
            Scalar u = presignature.nonceProduct().add(Secp256k1.FIELD.zero());
            return new SignatureShare(session, presignature.self(), u, w);
        } finally {
            presignature.destroy();
        }
    }
}
