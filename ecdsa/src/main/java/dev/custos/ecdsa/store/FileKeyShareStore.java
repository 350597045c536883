package dev.custos.ecdsa.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.KeyShareEncoding;
import dev.custos.ecdsa.keys.KeyShareStore;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A key share's durable state in a directory that this store holds locked (one store per directory, across processes):
 * {@code share.bin}, the {@link KeyShareEncoding} with the state of every OT pair, replaced atomically (temporary file,
 * fsync, rename, fsync of the directory) on every change; and {@code sessions/}, one empty file per presigning session
 * started, created exclusively and synced before the session may run. Any failure to sync is an error: nothing is
 * reported saved that may not be on disk. Files are owner-only and not encrypted here: put the directory on encrypted
 * storage, or implement {@link KeyShareStore} over an encrypting keystore.
 */
public final class FileKeyShareStore implements KeyShareStore, Closeable {
    private static final String SHARE = "share.bin";
    private static final String TEMPORARY = "share.tmp";
    private static final String SESSIONS = "sessions";
    private static final String LOCK = ".lock";

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private KeyShare share;

    private FileKeyShareStore(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates {@code directory} (which must not hold a share yet), saves {@code share} there and keeps its state there
     * from now on ({@link KeyShare#keepIn}).
     */
    public static FileKeyShareStore create(Path directory, KeyShare share) throws IOException {
        requireNonNull(share, "share is null");
        FileKeyShareStore store = locked(directory);
        try {
            if (Files.exists(directory.resolve(SHARE))) {
                throw new FileAlreadyExistsException(
                        directory.resolve(SHARE).toString(), null, "a key share is already stored here");
            }
            share.keepIn(store);
            store.share = share;
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens the share stored in {@code directory}; its state is kept there from now on. */
    public static FileKeyShareStore open(Path directory) throws IOException, InvalidEncodingException {
        FileKeyShareStore store = locked(directory);
        byte[] bytes = new byte[0];
        try {
            bytes = Files.readAllBytes(directory.resolve(SHARE));
            KeyShare share = KeyShareEncoding.decodeSecret(bytes);
            share.keepIn(store);
            store.share = share;
            return store;
        } catch (IOException | InvalidEncodingException | RuntimeException e) {
            store.close();
            throw e;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The key share kept in this store. */
    public KeyShare share() {
        return share;
    }

    @Override
    public synchronized void save(byte[] encodedShare) throws IOException {
        requireNonNull(encodedShare, "encodedShare is null");
        requireOpen();
        Path temporary = directory.resolve(TEMPORARY);
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, FilePermissions.ownerOnly(directory));
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(encodedShare);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, directory.resolve(SHARE), StandardCopyOption.ATOMIC_MOVE);
        FilePermissions.syncDirectory(directory);
    }

    @Override
    public synchronized boolean claimSession(SessionId session) throws IOException {
        requireNonNull(session, "session is null");
        requireOpen();
        Path sessions = directory.resolve(SESSIONS);
        try {
            Files.createFile(sessions.resolve(session.toHex()), FilePermissions.ownerOnly(directory));
        } catch (FileAlreadyExistsException used) {
            return false;
        }
        FilePermissions.syncDirectory(sessions);
        return true;
    }

    /** Releases the directory lock; the share object stays usable in memory but can no longer save its state. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            lockChannel.close();
        }
    }

    private void requireOpen() throws IOException {
        if (!lock.isValid()) {
            throw new IOException("the key-share store " + directory + " is closed");
        }
    }

    private static FileKeyShareStore locked(Path directory) throws IOException {
        requireNonNull(directory, "directory is null");
        Files.createDirectories(directory.resolve(SESSIONS));
        FileChannel channel =
                FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            channel.close();
            throw new IOException("the key-share store " + directory + " is already open in this process", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another process holds the key-share store " + directory);
        }
        return new FileKeyShareStore(directory, channel, lock);
    }

    @Override
    public String toString() {
        return "FileKeyShareStore[" + directory + "]";
    }
}
