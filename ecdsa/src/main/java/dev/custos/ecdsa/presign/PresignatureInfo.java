package dev.custos.ecdsa.presign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import java.util.List;

/**
 * The public part of a presignature: its session, signers (at least two, sorted and distinct, as presigning orders
 * them), nonce point R and the group public key.
 */
public record PresignatureInfo(SessionId session, List<Identifier> signers, Element nonce, Element publicKey) {
    public PresignatureInfo {
        requireNonNull(session, "session is null");
        requireNonNull(signers, "signers is null");
        requireNonNull(nonce, "nonce is null");
        requireNonNull(publicKey, "publicKey is null");
        signers = List.copyOf(signers);
        if (signers.size() < 2) {
            throw new IllegalArgumentException("a presignature needs at least two signers, got " + signers.size());
        }
        for (int i = 1; i < signers.size(); i++) {
            if (signers.get(i - 1).compareTo(signers.get(i)) >= 0) {
                throw new IllegalArgumentException("signers must be sorted and distinct: " + signers);
            }
        }
        if (nonce.isIdentity() || publicKey.isIdentity()) {
            throw new IllegalArgumentException("nonce and public key must not be the identity");
        }
    }
}
