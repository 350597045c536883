package dev.custos.node.link;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.util.Optional;

/**
 * The coordinator key a node pins, kept as the entry {@value #ENTRY} of the node's keystore: not secret, but the
 * keystore's authenticated encryption means that no one without the node's key can swap it on disk for their own
 * coordinator's.
 */
public final class CoordinatorPin {
    public static final String ENTRY = "link/coordinator-key";

    private CoordinatorPin() {}

    /**
     * The pinned key, if one was stored.
     *
     * @throws InvalidEncodingException if the entry is not a valid Ed25519 key
     */
    public static Optional<Ed25519PublicKey> read(SecretStore store) throws InvalidEncodingException {
        Optional<SecretBytes> entry = requireNonNull(store, "store is null").get(ENTRY);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Ed25519PublicKey.of(entry.get().copy()));
        } catch (InvalidEncodingException e) {
            throw new InvalidEncodingException("the pinned coordinator key (" + ENTRY + "): " + e.getMessage());
        } finally {
            entry.get().destroy();
        }
    }

    /** Pins {@code key}, replacing any pinned key; durable when this returns. */
    public static void write(SecretStore store, Ed25519PublicKey key) throws IOException {
        requireNonNull(store, "store is null");
        requireNonNull(key, "key is null");
        SecretBytes bytes = SecretBytes.copyOf(key.bytes());
        try {
            store.put(ENTRY, bytes);
        } finally {
            bytes.destroy();
        }
    }
}
