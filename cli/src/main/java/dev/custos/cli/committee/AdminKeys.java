package dev.custos.cli.committee;

import dev.custos.cli.input.BadInputException;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.keys.KeyFileException;
import dev.custos.server.keys.KeyFiles;
import dev.custos.types.SecretBytes;
import java.nio.file.Path;

/**
 * An admin's key file: the 32-byte Ed25519 seed (RFC 8032), owner-only, as {@code custos committee admin-key} writes
 * it and as {@code custos start-dev} keeps its dev admin key.
 */
final class AdminKeys {
    private AdminKeys() {}

    /** The admin key in {@code file}; a missing, short or shared file is bad input naming the option and the file. */
    static SigningKey read(Path file) {
        SecretBytes seed;
        try {
            seed = KeyFiles.read(file, "--admin-key");
        } catch (KeyFileException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        try {
            return SigningKey.fromSeed(seed);
        } finally {
            seed.destroy();
        }
    }
}
