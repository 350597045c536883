package dev.custos.audit.cosign;

import java.util.Optional;

/**
 * Where a {@link Cosigner} keeps the last checkpoint note it co-signed, in the node's own storage. {@link #save} must
 * be durable when it returns: the co-signature is released only after it.
 */
public interface CosignerStore {
    /** The last co-signed checkpoint note, if any. */
    Optional<String> load();

    /** Replaces the last co-signed checkpoint note, durably. */
    void save(String checkpointNote);
}
