package dev.custos.cli.node;

import dev.custos.cli.input.BadInputException;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.IdentityMismatchException;
import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.KeyEncryptionKeySource;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.KeystoreError;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.node.keystore.PassphraseKeySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The two ways to give a keystore's key, one at a time; errors name the option and never the secret. */
public final class KeySourceOptions {
    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description = "File holding the keystore passphrase (at least 12 bytes; one trailing line break is"
                    + " dropped). The key is derived with Argon2id, 64 MiB, 3 passes.")
    private Path passphraseFile;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            description = "File holding exactly 32 random bytes (e.g. head -c 32 /dev/urandom > node.key).")
    private Path keyFile;

    /** The key source the options name. */
    public KeyEncryptionKeySource read() {
        if (passphraseFile != null) {
            return read(
                    "--passphrase-file",
                    passphraseFile,
                    () -> PassphraseKeySource.readFile(passphraseFile, Argon2idCost.DEFAULT));
        }
        return read("--key-file", keyFile, () -> KeyFileKeySource.readFile(keyFile));
    }

    /**
     * A keystore failure as the command line reports it: a wrong passphrase or key file, or the wrong kind of key, is
     * bad input (exit 2); a damaged or altered keystore is any other failure (exit 1).
     */
    public static RuntimeException failure(KeystoreException e) {
        if (e.error() == KeystoreError.WRONG_KEY || e.error() == KeystoreError.KEY_SOURCE_MISMATCH) {
            return new BadInputException(e.getMessage(), e);
        }
        return new IllegalStateException(e.getMessage(), e);
    }

    /** Opens the keystore in a data folder with a key source (a node's or the coordinator's identity store). */
    @FunctionalInterface
    public interface Opener<T> {
        T open(Path folder, KeyEncryptionKeySource source)
                throws IOException, KeystoreException, InvalidEncodingException, IdentityMismatchException;
    }

    /**
     * Opens the existing keystore in {@code data} with the key source these options name, and wipes the source
     * afterwards. A wrong passphrase or key file is bad input; a damaged keystore or one that does not match its
     * identity file is any other failure, named.
     */
    public <T> T open(Path data, Opener<T> opener) {
        KeyEncryptionKeySource source = read();
        try {
            return opener.open(data, source);
        } catch (KeystoreException e) {
            throw failure(e);
        } catch (InvalidEncodingException | IdentityMismatchException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the keystore in " + data + ": " + e.getMessage(), e);
        } finally {
            forget(source);
        }
    }

    /** Wipes the passphrase or key the source holds. */
    public static void forget(KeyEncryptionKeySource source) {
        if (source instanceof PassphraseKeySource passphrase) {
            passphrase.destroy();
        } else if (source instanceof KeyFileKeySource key) {
            key.destroy();
        }
    }

    private interface Reader {
        KeyEncryptionKeySource read() throws IOException;
    }

    private static KeyEncryptionKeySource read(String option, Path file, Reader reader) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(option + " not found or not a file: " + file);
        }
        try {
            return reader.read();
        } catch (IOException e) {
            throw new BadInputException("cannot read " + option + " " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " " + file + ": " + e.getMessage(), e);
        }
    }
}
