package dev.custos.node.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes whole files durably: the content goes to a temporary file in the same folder (owner-only where POSIX
 * permissions exist), which is forced to disk, then renamed over the target ({@link #replace}) or hard-linked to it
 * ({@link #createNew}, which never replaces an existing file), and the folder is forced so that the new name survives
 * a crash. Every sync failure is thrown: nothing is reported written that may not be on disk. The one exception is a
 * file system without POSIX semantics (Windows), where a folder cannot be opened for {@code fsync}; there durability
 * rests on the file system's metadata journal.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Replaces {@code file} (or creates it) with {@code content}, atomically and durably. */
    public static void replace(Path file, byte[] content) throws IOException {
        Path target = requireNonNull(file, "file is null").toAbsolutePath();
        Path temporary = writeTemporary(target, requireNonNull(content, "content is null"));
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncFolder(folderOf(target));
    }

    /**
     * Creates {@code file} with {@code content}, atomically and durably.
     *
     * @throws FileAlreadyExistsException if {@code file} exists (it is left unchanged)
     */
    public static void createNew(Path file, byte[] content) throws IOException {
        Path target = requireNonNull(file, "file is null").toAbsolutePath();
        Path temporary = writeTemporary(target, requireNonNull(content, "content is null"));
        try {
            Files.createLink(target, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncFolder(folderOf(target));
    }

    /** Owner-only permissions for a new file in {@code folder}, where the file system has POSIX permissions. */
    public static FileAttribute<?>[] ownerOnly(Path folder) {
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }

    /**
     * Creates {@code folder} if it does not exist, owner-only ({@code rwx------}) where the file system has POSIX
     * permissions; its missing parents are created with the default permissions. An existing folder is left as it is.
     */
    public static void createFolder(Path folder) throws IOException {
        Path target = requireNonNull(folder, "folder is null").toAbsolutePath();
        if (Files.isDirectory(target)) {
            return;
        }
        Path parent = folderOf(target);
        Files.createDirectories(parent);
        if (Files.getFileAttributeView(parent, PosixFileAttributeView.class) == null) {
            Files.createDirectory(target);
        } else {
            Files.createDirectory(
                    target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        syncFolder(parent);
    }

    /** Forces a folder's entries (created, linked, renamed files) to disk; see the class description. */
    public static void syncFolder(Path folder) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** The folder that holds {@code target}, an absolute path; a file-system root has none and is refused. */
    static Path folderOf(Path target) {
        Path folder = target.getParent();
        if (folder == null) {
            throw new IllegalArgumentException("no folder holds " + target + ": a file-system root is not a file");
        }
        return folder;
    }

    private static Path writeTemporary(Path target, byte[] content) throws IOException {
        Path folder = folderOf(target);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", ownerOnly(folder));
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }
}
