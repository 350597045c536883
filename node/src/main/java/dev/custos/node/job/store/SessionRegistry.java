package dev.custos.node.job.store;

import static java.util.Objects.requireNonNull;

import dev.custos.node.io.AtomicFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A durable set of used 32-byte session ids: one empty, owner-only file per id in a folder, created exclusively and
 * then the folder synced, so that {@link #claim} reports a session new at most once, across restarts and crashes. The
 * ids are public; what matters is that none is removed, which the folder's owner-only permissions guard (an attacker
 * who can write the node's data folder can also roll back its keystore; see docs/NODES.md). Safe for concurrent use
 * within one process.
 */
public final class SessionRegistry {
    private static final int ID_LENGTH = 32;

    private final Path folder;

    private SessionRegistry(Path folder) {
        this.folder = folder;
    }

    /** Opens the registry in {@code folder}, creating it (owner-only) if it does not exist. */
    public static SessionRegistry open(Path folder) throws IOException {
        Path target = requireNonNull(folder, "folder is null").toAbsolutePath();
        AtomicFile.createFolder(target);
        return new SessionRegistry(target);
    }

    /**
     * Records {@code id} as used; durable on return.
     *
     * @return true if it was new, false if it was recorded before (the caller must not run it)
     * @throws IOException if it could not be recorded durably; the caller then sends nothing for the session
     */
    public synchronized boolean claim(byte[] id) throws IOException {
        Path file = folder.resolve(name(id));
        try {
            Files.createFile(file, AtomicFile.ownerOnly(folder));
        } catch (FileAlreadyExistsException used) {
            return false;
        }
        AtomicFile.syncFolder(folder);
        return true;
    }

    /** Whether {@code id} was recorded. */
    public boolean isClaimed(byte[] id) {
        return Files.exists(folder.resolve(name(id)));
    }

    private static String name(byte[] id) {
        requireNonNull(id, "id is null");
        if (id.length != ID_LENGTH) {
            throw new IllegalArgumentException("a session id is " + ID_LENGTH + " bytes, got " + id.length);
        }
        return HexFormat.of().formatHex(id);
    }

    @Override
    public String toString() {
        return "SessionRegistry[" + folder + "]";
    }
}
