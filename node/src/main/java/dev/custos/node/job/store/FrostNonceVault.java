package dev.custos.node.job.store;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.FrostException;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.util.Arrays;

/**
 * FROST signing nonces between the two rounds, in the node's encrypted keystore ({@code frost/nonces/<session hex>}):
 * written durably before the commitments leave, removed when the share is computed or the job fails. The nonces' use
 * itself is recorded in frost's {@code NonceStore} before a share exists. A node does not resume a signing after a
 * restart, so {@link #purge} removes what an interrupted run left.
 */
public final class FrostNonceVault {
    private static final String PREFIX = "frost/nonces/";

    private final SecretStore secrets;

    public FrostNonceVault(SecretStore secrets) {
        this.secrets = requireNonNull(secrets, "secrets is null");
    }

    /** Stores {@code nonces} for {@code session}, durably. */
    public void put(SessionId session, SigningNonces nonces) throws IOException, FrostException {
        byte[] bytes = nonces.serialize();
        SecretBytes value = SecretBytes.copyOf(bytes);
        Arrays.fill(bytes, (byte) 0);
        try {
            secrets.put(PREFIX + session.toHex(), value);
        } finally {
            value.destroy();
        }
    }

    /** Removes the nonces of {@code session}, durably. */
    public void remove(SessionId session) throws IOException {
        secrets.remove(PREFIX + session.toHex());
    }

    /** Whether nonces for {@code session} are stored. */
    public boolean contains(SessionId session) {
        return secrets.contains(PREFIX + session.toHex());
    }

    /**
     * Removes every stored nonce pair: those of runs a restart interrupted, which can never continue.
     *
     * @return how many were removed
     */
    public int purge() throws IOException {
        int removed = 0;
        for (String name : secrets.names()) {
            if (name.startsWith(PREFIX)) {
                secrets.remove(name);
                removed++;
            }
        }
        return removed;
    }
}
