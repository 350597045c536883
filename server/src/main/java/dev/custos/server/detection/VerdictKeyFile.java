package dev.custos.server.detection;

import dev.custos.node.identity.SigningKey;
import dev.custos.server.keys.KeyFileException;
import dev.custos.server.keys.KeyFiles;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The detection service's Ed25519 verdict key: the 32-byte RFC 8032 seed in {@code verdict.key}, a {@link KeyFiles}
 * key file (owner-only, created atomically, never replaced). Policies name its public key as
 * {@code detection.verdict_key}; nodes and the evaluator accept a verdict only under it.
 */
final class VerdictKeyFile {
    static final String NAME = "verdict.key";

    private VerdictKeyFile() {}

    static SigningKey loadOrCreate(Path folder, SecureRandom random) throws IOException {
        Path file = folder.resolve(NAME);
        SecretBytes seed;
        if (Files.exists(file)) {
            try {
                seed = KeyFiles.read(file, "the verdict key");
            } catch (KeyFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        } else {
            seed = KeyFiles.create(file, random);
        }
        try {
            return SigningKey.fromSeed(seed);
        } finally {
            seed.destroy();
        }
    }
}
