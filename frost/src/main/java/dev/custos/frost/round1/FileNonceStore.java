package dev.custos.frost.round1;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.util.Objects.requireNonNull;

import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A {@link NonceStore} that survives restarts (as ecdsa's {@code FilePresignatureStore}): each used nonce becomes a file
 * {@code <hex id>.used} in a directory. Every record holds the OS lock on the file {@code .lock}, which serializes
 * writers across processes; within one process, use one instance per directory (its methods are synchronized).
 *
 * <p>Durability: a record is written to a temporary file, forced to disk, atomically renamed into place and the
 * directory is forced, so after {@link #markUsed(byte[])} returns the record survives a crash. A failure is reported
 * ({@link FrostErrorCode#NONCE_STORE_FAILURE}), never ignored; only on a file system without POSIX semantics (Windows),
 * where a directory cannot be opened for {@code fsync}, is the directory not forced.
 */
public final class FileNonceStore implements NonceStore {
    private static final String SUFFIX = ".used";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final String LOCK_FILE = ".lock";

    private final Path directory;

    private FileNonceStore(Path directory) {
        this.directory = directory;
    }

    /** Opens (creating if needed) the store in {@code directory} and removes temporary files left by a crash. */
    public static FileNonceStore open(Path directory) throws FrostException {
        requireNonNull(directory, "directory is null");
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, "*" + TEMPORARY_SUFFIX)) {
                for (Path leftover : leftovers) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            throw new FrostException(
                    FrostErrorCode.NONCE_STORE_FAILURE, "cannot open nonce store " + directory + ": " + e, e);
        }
        return new FileNonceStore(directory);
    }

    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void markUsed(byte[] nonceId) throws FrostException {
        String name = InMemoryNonceStore.key(nonceId);
        Path target = directory.resolve(name + SUFFIX);
        Path temporary = directory.resolve(name + TEMPORARY_SUFFIX);
        try (FileChannel lockChannel = FileChannel.open(
                        directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockChannel.lock()) {
            if (!lock.isValid()) {
                throw new IOException("lost the nonce store lock");
            }
            if (Files.exists(target)) {
                throw new FrostException(FrostErrorCode.NONCE_REUSED, "nonce was already used");
            }
            try (FileChannel channel = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((name + "\n").getBytes(US_ASCII)));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory();
        } catch (IOException e) {
            throw new FrostException(
                    FrostErrorCode.NONCE_STORE_FAILURE, "cannot record nonce use in " + directory + ": " + e, e);
        }
    }

    @Override
    public boolean isUsed(byte[] nonceId) {
        return Files.exists(directory.resolve(InMemoryNonceStore.key(nonceId) + SUFFIX));
    }

    private void forceDirectory() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // directories cannot be opened for fsync on this platform (e.g. Windows); rename is durable there
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public String toString() {
        return "FileNonceStore[" + directory + "]";
    }
}
