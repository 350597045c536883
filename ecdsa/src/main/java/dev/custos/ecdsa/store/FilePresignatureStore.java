package dev.custos.ecdsa.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

/**
 * A {@link PresignatureStore} that survives restarts (as frost's {@code FileNonceStore}): presignatures in a directory,
 * one file each, written owner-only, and a tombstone {@code <session>.used} for each used one. Every change holds the
 * directory's lock ({@link DirectoryLock}: the file {@code .lock}, so also other processes and store instances on the
 * directory are serialized).
 *
 * <p>Durability: saving writes and forces a temporary file, hard-links it to {@code <session>.presig} (a link never
 * replaces an existing file) and forces the directory. Consuming checks the key, renames {@code <session>.presig} to the
 * tombstone with an atomic move and forces the directory before the presignature is returned; the tombstone (its
 * contents wiped) makes the store refuse the session after a restart, also for {@link #save}. A failed directory
 * {@code fsync} is reported ({@link EcdsaErrorCode#STORAGE_FAILED}), never ignored. The directory must support hard
 * links and atomic moves. Files are not encrypted here: put the directory on encrypted storage.
 */
public final class FilePresignatureStore implements PresignatureStore {
    private static final String AVAILABLE = ".presig";
    private static final String USED = ".used";
    private static final String TEMPORARY = ".tmp";
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    private final Path directory;
    private final DirectorySync sync;
    private final DirectoryLock lock;

    private FilePresignatureStore(Path directory, DirectorySync sync) {
        this.directory = directory;
        this.sync = sync;
        this.lock = DirectoryLock.of(directory);
    }

    /**
     * Opens (creating if needed) the store in {@code directory} and removes temporary files left by a crash.
     *
     * @throws EcdsaException {@link EcdsaErrorCode#STORAGE_FAILED} if the directory cannot be created or cleaned
     */
    public static FilePresignatureStore open(Path directory) throws EcdsaException {
        return open(directory, FilePermissions::syncDirectory);
    }

    /** As {@link #open(Path)}, forcing directory entries to disk with {@code sync} (tests inject failures here). */
    static FilePresignatureStore open(Path directory, DirectorySync sync) throws EcdsaException {
        requireNonNull(directory, "directory is null");
        requireNonNull(sync, "sync is null");
        try {
            Files.createDirectories(directory);
            FilePresignatureStore store = new FilePresignatureStore(directory.toRealPath(), sync);
            store.lock.call(() -> {
                store.removeLeftovers();
                return null;
            });
            return store;
        } catch (IOException e) {
            throw storageFailure("cannot open presignature store " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void save(Presignature presignature) throws EcdsaException {
        requireNonNull(presignature, "presignature is null");
        SessionId session = presignature.session();
        try {
            lock.call(() -> {
                saveLocked(presignature);
                return null;
            });
        } catch (IOException e) {
            throw storageFailure("cannot store presignature " + session + " in " + directory, e);
        }
    }

    private void saveLocked(Presignature presignature) throws EcdsaException, IOException {
        SessionId session = presignature.session();
        Path target = available(session);
        if (Files.exists(used(session)) || Files.exists(target)) {
            throw alreadyStored(session);
        }
        Path temporary = temporary(session);
        discardTemporary(temporary);
        byte[] bytes = presignature.toSecretBytes();
        boolean linked = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, FilePermissions.ownerOnly(directory))) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.createLink(target, temporary);
            } catch (FileAlreadyExistsException e) {
                throw alreadyStored(session);
            }
            linked = true;
            Files.delete(temporary);
            sync.force(directory);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (!linked) {
                discardTemporary(temporary);
            }
        }
    }

    @Override
    public Presignature consume(SessionId session, Element expectedPublicKey) throws EcdsaException {
        requireNonNull(session, "session is null");
        requireNonNull(expectedPublicKey, "expectedPublicKey is null");
        try {
            return lock.call(() -> consumeLocked(session, expectedPublicKey));
        } catch (IOException e) {
            throw storageFailure("cannot record the use of presignature " + session + " in " + directory, e);
        }
    }

    private Presignature consumeLocked(SessionId session, Element expectedPublicKey)
            throws EcdsaException, IOException {
        Path source = available(session);
        Path tombstone = used(session);
        Presignature presignature = read(session, source, tombstone);
        boolean marked = false;
        try {
            PresignatureStore.requireKey(presignature, expectedPublicKey);
            markUsed(source, tombstone);
            marked = true;
            return presignature;
        } finally {
            if (!marked) {
                presignature.destroy();
            }
        }
    }

    /** Reads and decodes the presignature of {@code session} without marking it; a corrupt file is marked used. */
    private Presignature read(SessionId session, Path source, Path tombstone) throws EcdsaException, IOException {
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(source);
            Presignature presignature = Presignature.fromSecretBytes(bytes);
            if (!presignature.session().equals(session)) {
                presignature.destroy();
                throw new InvalidEncodingException("it holds another session");
            }
            return presignature;
        } catch (NoSuchFileException e) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE,
                    "presignature " + session + (Files.exists(tombstone) ? " was already used" : " is unknown"));
        } catch (InvalidEncodingException e) {
            markUsed(source, tombstone);
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE,
                    "presignature file " + session + " is corrupt: " + e.getMessage());
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /**
     * Renames {@code source} to the tombstone and forces the rename to disk; wipes the tombstone's contents whether or
     * not that succeeded (the caller releases nothing from it unless this returns normally).
     */
    private void markUsed(Path source, Path tombstone) throws IOException {
        try {
            Files.move(source, tombstone, StandardCopyOption.ATOMIC_MOVE);
            sync.force(directory);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("the presignature directory does not support atomic moves", e);
        } finally {
            if (Files.exists(tombstone)) {
                wipe(tombstone);
            }
        }
    }

    @Override
    public boolean isAvailable(SessionId session) {
        return Files.exists(available(session));
    }

    @Override
    public boolean isUsed(SessionId session) {
        return Files.exists(used(session));
    }

    /** Removes the temporary files of saves interrupted by a crash; called holding the lock. */
    private void removeLeftovers() throws IOException {
        boolean removed = false;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, "*" + TEMPORARY)) {
            for (Path leftover : leftovers) {
                discardTemporary(leftover);
                removed = true;
            }
        }
        if (removed) {
            sync.force(directory);
        }
    }

    /**
     * Deletes a temporary file. If it is not (a crash between the link and its deletion) a second link of a stored
     * presignature, its contents are wiped first, as the save never completed.
     */
    private void discardTemporary(Path temporary) throws IOException {
        if (!Files.exists(temporary)) {
            return;
        }
        String name = temporary.getFileName().toString();
        Path target = directory.resolve(name.substring(0, name.length() - TEMPORARY.length()) + AVAILABLE);
        if (!Files.exists(target) || !Files.isSameFile(temporary, target)) {
            wipe(temporary);
        }
        Files.delete(temporary);
    }

    private static void wipe(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            channel.write(ByteBuffer.allocate((int) size), 0);
            channel.truncate(0);
            channel.force(true);
        }
    }

    private static EcdsaException storageFailure(String message, IOException cause) {
        return new EcdsaException(EcdsaErrorCode.STORAGE_FAILED, message + ": " + cause, cause);
    }

    private static EcdsaException alreadyStored(SessionId session) {
        return new EcdsaException(
                EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE, "a presignature for " + session + " was already stored");
    }

    private Path available(SessionId session) {
        return directory.resolve(session.toHex() + AVAILABLE);
    }

    private Path used(SessionId session) {
        return directory.resolve(session.toHex() + USED);
    }

    private Path temporary(SessionId session) {
        return directory.resolve(session.toHex() + TEMPORARY);
    }

    @Override
    public String toString() {
        return "FilePresignatureStore[" + directory + "]";
    }
}
