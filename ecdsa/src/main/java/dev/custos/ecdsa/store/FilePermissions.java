package dev.custos.ecdsa.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Owner-only file creation where POSIX permissions exist, and directory syncing for durable links and renames. */
final class FilePermissions {
    private FilePermissions() {}

    static FileAttribute<?>[] ownerOnly(Path directory) {
        if (Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }

    /**
     * Forces the directory's entry changes (links, renames, deletions) to disk. Every failure is thrown: a caller must
     * not act as if a presignature were marked used before that is durable. The one exception is a file system without
     * POSIX semantics (Windows), where a directory cannot be opened for {@code fsync} at all; there the call does
     * nothing and durability rests on the file system's metadata journal.
     */
    static void syncDirectory(Path directory) throws IOException {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
