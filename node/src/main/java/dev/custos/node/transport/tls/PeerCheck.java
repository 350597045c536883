package dev.custos.node.transport.tls;

import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.transport.tls.PeerCertificate.PeerRefusedException;

/** Decides whether a peer's authenticated identity key is welcome; throws naming why not. */
@FunctionalInterface
public interface PeerCheck {
    /**
     * Accepts {@code key} or refuses it.
     *
     * @throws PeerRefusedException with a one-line reason (the key and what it was expected to be)
     */
    void check(Ed25519PublicKey key) throws PeerRefusedException;
}
