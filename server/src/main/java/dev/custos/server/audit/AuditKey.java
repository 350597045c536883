package dev.custos.server.audit;

import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.node.io.AtomicFile;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The server's audit-log signing key in its data folder: {@code audit-log.key} (the signer, owner-only) and
 * {@code audit-log.vkey} (the verifier key in the C2SP note format, for {@code custos audit verify} and the nodes).
 */
public final class AuditKey {
    public static final String KEY_FILE = "audit-log.key";
    public static final String VERIFIER_FILE = "audit-log.vkey";

    private AuditKey() {}

    /** Loads the key in {@code folder}, or creates one named {@code origin} if there is none. */
    public static NoteSigner loadOrCreate(Path folder, String origin, SecureRandom random) throws IOException {
        Path keyFile = folder.resolve(KEY_FILE);
        if (Files.exists(keyFile)) {
            return load(keyFile);
        }
        AtomicFile.createFolder(folder);
        NoteSigner signer = NoteSigner.generate(origin, random);
        SecretBytes encoded = signer.encode();
        byte[] bytes = encoded.copy();
        try {
            AtomicFile.createNew(keyFile, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            encoded.destroy();
        }
        AtomicFile.replace(
                folder.resolve(VERIFIER_FILE), (signer.verifierKey().encode() + "\n").getBytes(StandardCharsets.UTF_8));
        return signer;
    }

    /** The verifier key written beside the signing key. */
    public static NoteVerifierKey verifierKey(Path folder) throws IOException {
        String text = Files.readString(folder.resolve(VERIFIER_FILE), StandardCharsets.UTF_8)
                .strip();
        try {
            return NoteVerifierKey.parse(text);
        } catch (NoteException e) {
            throw new IOException(folder.resolve(VERIFIER_FILE) + " is not a note verifier key: " + e.getMessage(), e);
        }
    }

    private static NoteSigner load(Path keyFile) throws IOException {
        byte[] raw = Files.readAllBytes(keyFile);
        SecretBytes encoded = SecretBytes.copyOf(raw);
        Arrays.fill(raw, (byte) 0);
        try {
            return NoteSigner.parse(encoded);
        } catch (NoteException e) {
            throw new IOException(keyFile + " is not an audit-log signing key: " + e.getMessage(), e);
        } finally {
            encoded.destroy();
        }
    }
}
