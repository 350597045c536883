package dev.custos.node.job.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.store.PresignatureStore;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * ECDSA presignatures in the node's encrypted keystore, one entry {@code ecdsa/presignatures/<session hex>} each, with
 * a {@link SessionRegistry} of used ones. {@link #consume} first records the presignature used (durably), then removes
 * its entry, then hands it out: after a crash at any point it is either still unused and whole, or used; never handed
 * out twice. {@link #save} refuses a session that was ever stored or used.
 */
public final class SecretStorePresignatureStore implements PresignatureStore {
    private static final String PREFIX = "ecdsa/presignatures/";

    private final SecretStore secrets;
    private final SessionRegistry used;

    /** Presignatures in {@code secrets}, their use recorded in {@code used}. */
    public SecretStorePresignatureStore(SecretStore secrets, SessionRegistry used) {
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.used = requireNonNull(used, "used is null");
    }

    @Override
    public synchronized void save(Presignature presignature) throws EcdsaException {
        requireNonNull(presignature, "presignature is null");
        SessionId session = presignature.session();
        if (secrets.contains(entry(session)) || used.isClaimed(session.bytes())) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE, "presignature " + session.toHex() + " was stored before");
        }
        byte[] bytes = presignature.toSecretBytes();
        SecretBytes value = SecretBytes.copyOf(bytes);
        Arrays.fill(bytes, (byte) 0);
        try {
            secrets.put(entry(session), value);
        } catch (IOException e) {
            throw new EcdsaException(
                    EcdsaErrorCode.STORAGE_FAILED, "cannot store presignature " + session.toHex() + ": " + e, e);
        } finally {
            value.destroy();
        }
    }

    @Override
    public synchronized Presignature consume(SessionId session, Element expectedPublicKey) throws EcdsaException {
        requireNonNull(session, "session is null");
        requireNonNull(expectedPublicKey, "expectedPublicKey is null");
        String name = entry(session);
        Optional<SecretBytes> stored = secrets.get(name);
        if (stored.isEmpty() || used.isClaimed(session.bytes())) {
            stored.ifPresent(SecretBytes::destroy);
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE,
                    "presignature " + session.toHex() + " is unknown or was used already");
        }
        Presignature presignature = decode(session, stored.get());
        boolean handedOut = false;
        try {
            PresignatureStore.requireKey(presignature, expectedPublicKey);
            if (!used.claim(session.bytes())) {
                throw new EcdsaException(
                        EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE,
                        "presignature " + session.toHex() + " was used already");
            }
            secrets.remove(name);
            handedOut = true;
            return presignature;
        } catch (IOException e) {
            throw new EcdsaException(
                    EcdsaErrorCode.STORAGE_FAILED, "cannot record the use of presignature " + session.toHex(), e);
        } finally {
            if (!handedOut) {
                presignature.destroy();
            }
        }
    }

    @Override
    public boolean isAvailable(SessionId session) {
        return secrets.contains(entry(session)) && !used.isClaimed(session.bytes());
    }

    @Override
    public boolean isUsed(SessionId session) {
        return used.isClaimed(requireNonNull(session, "session is null").bytes());
    }

    /**
     * Retires every stored presignature: each is recorded used (durably), then its entry removed. A node does this at
     * every start, because a start may follow a restore from a backup, and a backup brings back presignatures used
     * after it was taken: signing two messages with one presignature would give away the key share. The coordinator
     * forgets the presignatures of a node that reconnects, so nothing asks for them again; new ones are cheap.
     *
     * @return how many were retired
     */
    public synchronized int retireAll() throws IOException {
        int retired = 0;
        for (String name : secrets.names()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            byte[] session;
            try {
                session = HexFormat.of().parseHex(name.substring(PREFIX.length()));
            } catch (IllegalArgumentException e) {
                throw new IOException("keystore entry " + name + " does not name a presignature session", e);
            }
            used.claim(session);
            secrets.remove(name);
            retired++;
        }
        return retired;
    }

    /** The number of unused presignatures stored. */
    public long available() {
        return secrets.names().stream().filter(name -> name.startsWith(PREFIX)).count();
    }

    private static Presignature decode(SessionId session, SecretBytes stored) throws EcdsaException {
        byte[] bytes = stored.copy();
        try {
            return Presignature.fromSecretBytes(bytes);
        } catch (InvalidEncodingException e) {
            throw new EcdsaException(
                    EcdsaErrorCode.STORAGE_FAILED, "stored presignature " + session.toHex() + " does not decode", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            stored.destroy();
        }
    }

    private static String entry(SessionId session) {
        return PREFIX + session.toHex();
    }

    @Override
    public String toString() {
        return "SecretStorePresignatureStore";
    }
}
