package dev.custos.server.detection;

import dev.custos.node.identity.SigningKey;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The detection service's Ed25519 verdict key: the 32-byte RFC 8032 seed in {@code verdict.key} (mode 0600, written
 * atomically, never overwritten). Policies name its public key as {@code detection.verdict_key}; nodes and the
 * evaluator accept a verdict only under it.
 */
final class VerdictKeyFile {
    static final String NAME = "verdict.key";

    private VerdictKeyFile() {}

    static SigningKey loadOrCreate(Path folder, SecureRandom random) throws IOException {
        Path file = folder.resolve(NAME);
        if (Files.exists(file)) {
            byte[] seed = Files.readAllBytes(file);
            try {
                if (seed.length != SigningKey.SEED_LENGTH) {
                    throw new IOException(file + " is damaged: a verdict key is " + SigningKey.SEED_LENGTH
                            + " bytes, the file has " + seed.length);
                }
                SecretBytes secret = SecretBytes.copyOf(seed);
                try {
                    return SigningKey.fromSeed(secret);
                } finally {
                    secret.destroy();
                }
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
        }
        Files.createDirectories(folder);
        SigningKey key = SigningKey.generate(random);
        Path temporary = folder.resolve(NAME + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        SecretBytes seed = key.seed();
        byte[] bytes = seed.copy();
        try {
            Files.write(temporary, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            seed.destroy();
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file);
        }
        return key;
    }
}
