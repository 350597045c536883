package dev.custos.ecdsa.store;

import dev.custos.ecdsa.EcdsaException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes every change to one store directory: across processes by an OS lock on the file {@code .lock} in it (as
 * frost's {@code FileNonceStore} does), and within this process by one lock per directory taken first, because the OS
 * lock belongs to the whole process (Java refuses a second lock on the file by another store instance in the same
 * process instead of waiting).
 */
final class DirectoryLock {
    static final String LOCK_FILE = ".lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final Set<OpenOption> OPEN = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);

    private final Path directory;
    private final ReentrantLock inProcess;

    private DirectoryLock(Path directory, ReentrantLock inProcess) {
        this.directory = directory;
        this.inProcess = inProcess;
    }

    /** The lock of {@code directory}, which must be a real path, so that every instance on it shares one lock. */
    static DirectoryLock of(Path directory) {
        return new DirectoryLock(directory, IN_PROCESS.computeIfAbsent(directory, d -> new ReentrantLock()));
    }

    interface Action<T> {
        T run() throws EcdsaException, IOException;
    }

    /** Runs {@code action} holding both locks; blocks while another thread or process holds them. */
    <T> T call(Action<T> action) throws EcdsaException, IOException {
        inProcess.lock();
        try (FileChannel channel =
                        FileChannel.open(directory.resolve(LOCK_FILE), OPEN, FilePermissions.ownerOnly(directory));
                FileLock lock = channel.lock()) {
            if (!lock.isValid()) {
                throw new IOException("lost the presignature store lock");
            }
            return action.run();
        } finally {
            inProcess.unlock();
        }
    }
}
