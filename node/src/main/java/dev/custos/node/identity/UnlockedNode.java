package dev.custos.node.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.node.keystore.FileSecretStore;
import java.io.Closeable;
import java.io.IOException;

/**
 * A node's data folder, unlocked: its private keys and its open keystore (where key shares will be kept next to the
 * identity keys). {@link #close()} destroys the keys and closes the keystore.
 */
public final class UnlockedNode implements Closeable {
    private final NodeKeys keys;
    private final FileSecretStore secrets;

    UnlockedNode(NodeKeys keys, FileSecretStore secrets) {
        this.keys = requireNonNull(keys, "keys is null");
        this.secrets = requireNonNull(secrets, "secrets is null");
    }

    public NodeKeys keys() {
        return keys;
    }

    public FileSecretStore secrets() {
        return secrets;
    }

    @Override
    public void close() throws IOException {
        keys.destroy();
        secrets.close();
    }

    @Override
    public String toString() {
        return "UnlockedNode[" + keys.identity().name() + "]";
    }
}
