package dev.custos.ecdsa.presign;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Hasher;
import java.util.List;

/** Hash contexts of presigning, bound to the session, the signer set and the parties involved. */
final class PresignContexts {
    /**
     * Encoding version of the presigning messages. Version 2 carries the OT extension and multiplication as of the
     * performance rework (fixed-layout column PRG, AES-CTR check coefficients, fixed-layout row hash, Fiat-Shamir over
     * the encoded corrections): a version-1 peer computes different values, so its messages are refused at decoding
     * instead of failing a check later with a wrong culprit. Version 3 adds the fresh salts of the OT-extension
     * receiver (its column PRG) and of the multiplication sender (its row hash), so that no two runs share masks
     * whatever session id they are given (review 2026-12, finding 1).
     */
    static final int MESSAGE_VERSION = 3;

    private PresignContexts() {}

    /** The session of the multiplication where {@code alice} is the sender and {@code bob} the receiver. */
    static byte[] multiplication(SessionId session, List<Identifier> signers, Identifier alice, Identifier bob) {
        Hasher hasher =
                Hasher.sha256("presign/multiplication").put(session.bytes()).putInt(signers.size());
        signers.forEach(hasher::put);
        return hasher.put(alice).put(bob).digest();
    }

    /** The commitment to a nonce share {@code R_i}. */
    static byte[] nonceCommitment(SessionId session, Identifier party, Element nonceShare, byte[] salt) {
        return Hasher.sha256("presign/nonce-commitment")
                .put(session.bytes())
                .put(party)
                .put(nonceShare)
                .put(salt)
                .digest();
    }
}
