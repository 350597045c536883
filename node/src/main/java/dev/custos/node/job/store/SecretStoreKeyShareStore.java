package dev.custos.node.job.store;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShareStore;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;

/**
 * An ECDSA key share's durable state in the node's encrypted keystore: the share's encoding (with the state of every OT
 * pair) as one keystore entry, replaced on every change; the presigning sessions it started in a {@link
 * SessionRegistry} (public ids). Both writes are durable when they return, as {@link KeyShareStore} requires.
 */
public final class SecretStoreKeyShareStore implements KeyShareStore {
    private final SecretStore secrets;
    private final String entry;
    private final SessionRegistry presignSessions;

    /** Keeps the share in {@code secrets} under {@code entry}, its presigning sessions in {@code presignSessions}. */
    public SecretStoreKeyShareStore(SecretStore secrets, String entry, SessionRegistry presignSessions) {
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.entry = SecretStore.requireValidName(entry);
        this.presignSessions = requireNonNull(presignSessions, "presignSessions is null");
    }

    @Override
    public void save(byte[] encodedShare) throws IOException {
        SecretBytes value = SecretBytes.copyOf(requireNonNull(encodedShare, "encodedShare is null"));
        try {
            secrets.put(entry, value);
        } finally {
            value.destroy();
        }
    }

    @Override
    public boolean claimSession(SessionId session) throws IOException {
        return presignSessions.claim(requireNonNull(session, "session is null").bytes());
    }

    @Override
    public String toString() {
        return "SecretStoreKeyShareStore[" + entry + "]";
    }
}
