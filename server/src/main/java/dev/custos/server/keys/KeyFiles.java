package dev.custos.server.keys;

import dev.custos.node.io.AtomicFile;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The server's 32-byte key files (the dev cluster's admin seed and keystore key files, detection's verdict key):
 * created atomically and owner-only ({@code 0600}), never replaced, and refused when they have another size or others
 * may read them.
 */
public final class KeyFiles {
    public static final int LENGTH = 32;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private KeyFiles() {}

    /**
     * Creates {@code file} (and its folder, owner-only) with 32 random bytes, not all zero.
     *
     * @return the bytes written (the caller destroys them)
     * @throws java.nio.file.FileAlreadyExistsException if the file exists; it is left unchanged
     */
    public static SecretBytes create(Path file, SecureRandom random) throws IOException {
        AtomicFile.createFolder(file.toAbsolutePath().getParent());
        byte[] key = new byte[LENGTH];
        try {
            do {
                random.nextBytes(key);
            } while (allZero(key));
            AtomicFile.createNew(file, key);
            return SecretBytes.copyOf(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Reads the 32 bytes of {@code file} (the caller destroys them).
     *
     * @throws KeyFileException naming the file if it is missing, unreadable, not 32 bytes, all zero, or readable or
     *     writable by others than its owner
     */
    public static SecretBytes read(Path file, String what) throws KeyFileException {
        byte[] bytes;
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new KeyFileException(what + " " + file + " may be used by others than its owner (mode "
                            + PosixFilePermissions.toString(permissions) + "); make it owner-only: chmod 600 " + file);
                }
            }
            long size = Files.size(file);
            if (size != LENGTH) {
                throw new KeyFileException(
                        what + " " + file + " must hold exactly " + LENGTH + " bytes, it has " + size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyFileException(what + " " + file + " is missing", e);
        } catch (IOException e) {
            throw new KeyFileException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        try {
            if (bytes.length != LENGTH || allZero(bytes)) {
                throw new KeyFileException(
                        what + " " + file + " is damaged: it holds no key (all zero bytes or" + " changed while read)");
            }
            return SecretBytes.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static boolean allZero(byte[] bytes) {
        int bits = 0;
        for (byte b : bytes) {
            bits |= b;
        }
        return bits == 0;
    }
}
