package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The installed committee, kept as the entry {@value #ENTRY} of the node's {@link SecretStore}: not secret, but the
 * keystore's authenticated encryption means that no one without the node's key can change it on disk. A committee is
 * installed only after {@link CommitteeVerifier} accepts it, and each change is durable before the call returns.
 */
public final class CommitteeStore {
    public static final String ENTRY = "committee/current";

    private final SecretStore store;
    private @Nullable SignedCommittee current;

    private CommitteeStore(SecretStore store, @Nullable SignedCommittee current) {
        this.store = store;
        this.current = current;
    }

    /**
     * The committee store kept in {@code store}; an entry already there is decoded and checked against its own admins.
     *
     * @throws CommitteeException if the stored entry is malformed or no longer verifies
     */
    public static CommitteeStore open(SecretStore store) throws CommitteeException {
        requireNonNull(store, "store is null");
        Optional<SecretBytes> entry = store.get(ENTRY);
        if (entry.isEmpty()) {
            return new CommitteeStore(store, null);
        }
        byte[] bytes = entry.get().copy();
        entry.get().destroy();
        SignedCommittee stored = decode(bytes, "the stored committee");
        CommitteeVerifier.verifyFirst(stored, stored.committee().admins());
        return new CommitteeStore(store, stored);
    }

    /** The installed committee, if any. */
    public synchronized Optional<SignedCommittee> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Installs {@code candidate}: as the first committee if none is installed (checked against {@code trustAnchor}),
     * otherwise as a replacement (checked against the installed one; {@code trustAnchor} is then not used). Installing
     * the installed committee again changes nothing.
     *
     * @return whether the installed committee changed
     * @throws CommitteeException if {@link CommitteeVerifier} refuses it; nothing is changed then
     */
    public synchronized boolean install(SignedCommittee candidate, AdminQuorum trustAnchor)
            throws CommitteeException, IOException {
        requireNonNull(candidate, "candidate is null");
        if (current == null) {
            CommitteeVerifier.verifyFirst(candidate, requireNonNull(trustAnchor, "trustAnchor is null"));
        } else if (Arrays.equals(
                current.committee().encode(), candidate.committee().encode())) {
            return false;
        } else {
            CommitteeVerifier.verifyReplacement(candidate, current.committee());
        }
        SecretBytes encoded = SecretBytes.copyOf(candidate.encode());
        try {
            store.put(ENTRY, encoded);
        } finally {
            encoded.destroy();
        }
        current = candidate;
        return true;
    }

    private static SignedCommittee decode(byte[] bytes, String what) throws CommitteeException {
        try {
            return SignedCommittee.decode(bytes);
        } catch (InvalidEncodingException e) {
            throw new CommitteeException(CommitteeError.MALFORMED, what + ": " + e.getMessage());
        }
    }
}
