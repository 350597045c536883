package dev.custos.ecdsa.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Presignatures in a directory, one file each, written owner-only. Consuming renames {@code <session>.presig} to
 * {@code <session>.used} with an atomic move and forces it to disk before the presignature is returned; only one caller
 * can win the rename, and the {@code .used} tombstone (its contents wiped) makes the store refuse the session after a
 * restart, also for {@link #save}. Files are not encrypted here: put the directory on encrypted storage.
 */
public final class FilePresignatureStore implements PresignatureStore {
    private static final String AVAILABLE = ".presig";
    private static final String USED = ".used";

    private final Path directory;

    private FilePresignatureStore(Path directory) {
        this.directory = directory;
    }

    public static FilePresignatureStore open(Path directory) throws IOException {
        requireNonNull(directory, "directory is null");
        Files.createDirectories(directory);
        return new FilePresignatureStore(directory);
    }

    @Override
    public synchronized void save(Presignature presignature) throws EcdsaException {
        requireNonNull(presignature, "presignature is null");
        SessionId session = presignature.session();
        Path target = available(session);
        if (Files.exists(used(session)) || Files.exists(target)) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE, "a presignature for " + session + " was already stored");
        }
        byte[] bytes = presignature.toSecretBytes();
        Path temporary = directory.resolve(session.toHex() + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, FilePermissions.ownerOnly(directory));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            FilePermissions.syncDirectory(directory);
        } catch (FileAlreadyExistsException e) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE, "a presignature for " + session + " was already stored");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store presignature " + session, e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public synchronized Presignature consume(SessionId session, Element expectedPublicKey) throws EcdsaException {
        requireNonNull(session, "session is null");
        requireNonNull(expectedPublicKey, "expectedPublicKey is null");
        Path source = available(session);
        Path tombstone = used(session);
        Presignature presignature = read(session, source, tombstone);
        try {
            PresignatureStore.requireKey(presignature, expectedPublicKey);
        } catch (EcdsaException e) {
            presignature.destroy();
            throw e;
        }
        boolean marked = false;
        try {
            markUsed(session, source, tombstone);
            marked = true;
        } finally {
            if (!marked) {
                presignature.destroy();
            }
        }
        return presignature;
    }

    /** Reads and decodes the presignature of {@code session} without marking it; a corrupt file is marked used. */
    private Presignature read(SessionId session, Path source, Path tombstone) throws EcdsaException {
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
            markUsed(session, source, tombstone);
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE,
                    "presignature file " + session + " is corrupt: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read presignature " + session, e);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /** Renames {@code source} to the tombstone, forces the rename to disk, then wipes the tombstone's contents. */
    private void markUsed(SessionId session, Path source, Path tombstone) throws EcdsaException {
        try {
            Files.move(source, tombstone, StandardCopyOption.ATOMIC_MOVE);
            FilePermissions.syncDirectory(directory);
        } catch (NoSuchFileException e) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE, "presignature " + session + " was already used");
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("the presignature directory does not support atomic moves", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark presignature " + session + " used", e);
        } finally {
            if (Files.exists(tombstone)) {
                wipeFile(tombstone);
            }
        }
    }

    @Override
    public synchronized boolean isAvailable(SessionId session) {
        return Files.exists(available(session));
    }

    private void wipeFile(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            channel.write(java.nio.ByteBuffer.allocate((int) size), 0);
            channel.truncate(0);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe used presignature file " + file, e);
        }
    }

    private Path available(SessionId session) {
        return directory.resolve(session.toHex() + AVAILABLE);
    }

    private Path used(SessionId session) {
        return directory.resolve(session.toHex() + USED);
    }
}
