package dev.custos.ecdsa.keys;

import dev.custos.ecdsa.SessionId;
import java.io.IOException;

/**
 * Where a key share's durable state lives: its encoding ({@link KeyShareEncoding}: the share, its OT seeds and the
 * state of every OT pair), replaced on every pair-state change, and the presigning sessions it has started. Both
 * operations return only once the change is on stable storage; a key share calls them <em>before</em> it lets any
 * message that depends on the change leave. Implementations must be safe for concurrent use.
 *
 * <p>{@link #inMemory()} keeps the state only as long as the process lives; a signer node uses a durable, encrypted
 * implementation (for example {@code dev.custos.ecdsa.store.FileKeyShareStore} on encrypted storage).
 */
public interface KeyShareStore {
    /**
     * Durably replaces the stored key share by {@code encodedShare} (secret: do not log it; the caller wipes its copy).
     *
     * @throws IOException if the share could not be written durably; the caller then sends nothing that depends on it
     */
    void save(byte[] encodedShare) throws IOException;

    /**
     * Durably records that presigning session {@code session} has started with this share.
     *
     * @return false if the session was recorded before (it must not run again)
     * @throws IOException if the record could not be written durably
     */
    boolean claimSession(SessionId session) throws IOException;

    /** A store that keeps everything in memory: for tests, demos and shares that are never persisted. */
    static KeyShareStore inMemory() {
        return new InMemoryKeyShareStore();
    }
}
