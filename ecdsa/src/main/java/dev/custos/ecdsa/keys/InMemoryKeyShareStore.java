package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.SessionId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link KeyShareStore} in memory: the last saved encoding (the previous one wiped) and the claimed sessions. Nothing
 * survives the process.
 */
final class InMemoryKeyShareStore implements KeyShareStore {
    private final Set<SessionId> sessions = new HashSet<>();
    private byte[] encoding;

    @Override
    public synchronized void save(byte[] encodedShare) {
        requireNonNull(encodedShare, "encodedShare is null");
        if (encoding != null) {
            Arrays.fill(encoding, (byte) 0);
        }
        encoding = encodedShare.clone();
    }

    @Override
    public synchronized boolean claimSession(SessionId session) {
        return sessions.add(requireNonNull(session, "session is null"));
    }

    /** The sessions claimed so far, for moving them to another store. */
    synchronized Set<SessionId> sessions() {
        return Set.copyOf(sessions);
    }

    /** A copy of the last saved encoding, if any. */
    synchronized Optional<byte[]> encoding() {
        return Optional.ofNullable(encoding).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "InMemoryKeyShareStore[<redacted>]";
    }
}
