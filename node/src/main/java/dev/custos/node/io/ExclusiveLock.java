package dev.custos.node.io;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * An OS lock on a lock file, held until {@link #close()}: one holder at a time, across processes and within this one.
 * Acquiring does not wait; a held lock is reported as an {@link IOException} naming what is locked.
 */
public final class ExclusiveLock implements Closeable {
    private final FileChannel channel;
    private final FileLock lock;

    private ExclusiveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code lockFile} (created if missing) on behalf of {@code what} (such as "the keystore /data/keystore.bin"),
     * which errors name.
     *
     * @throws IOException if another holder, in this process or another, has it
     */
    public static ExclusiveLock acquire(Path lockFile, String what) throws IOException {
        requireNonNull(what, "what is null");
        Path file = requireNonNull(lockFile, "lockFile is null").toAbsolutePath();
        FileChannel channel = FileChannel.open(
                file,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                AtomicFile.ownerOnly(AtomicFile.folderOf(file)));
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException(what + " is already open in this process", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(what + " is open in another process");
        }
        return new ExclusiveLock(channel, lock);
    }

    /** Whether the lock is still held. */
    public boolean isHeld() {
        return lock.isValid();
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
