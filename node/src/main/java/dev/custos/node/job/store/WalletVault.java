package dev.custos.node.job.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.KeyShareEncoding;
import dev.custos.frost.FrostException;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.keystore.SecretStore;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wallets a node holds shares of, in its encrypted keystore (entries {@code wallets/<id>/record}, {@code
 * wallets/<id>/ecdsa-share}, {@code wallets/<id>/frost-key}, {@code wallets/<id>/frost-public}), with the unlocked
 * shares cached in memory. A wallet exists once its record is written, which happens only after its key generation
 * finished; a share without a record is the leftover of an interrupted key generation, which a new one for the same
 * wallet replaces.
 */
public final class WalletVault {
    private static final String PENDING = "pending/";
    private final SecretStore secrets;
    private final SessionRegistry presignSessions;
    private final Map<WalletId, KeyShare> ecdsaShares = new ConcurrentHashMap<>();
    private final Map<WalletId, FrostKeys> frostKeys = new ConcurrentHashMap<>();

    /**
     * FROST key material of one wallet.
     *
     * @param keyPackage this node's share (secret)
     * @param publicKeyPackage the group's public data
     */
    public record FrostKeys(KeyPackage keyPackage, PublicKeyPackage publicKeyPackage) {
        public FrostKeys {
            requireNonNull(keyPackage, "keyPackage is null");
            requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        }
    }

    /** Wallets in {@code secrets}; ECDSA presigning sessions recorded in {@code presignSessions}. */
    public WalletVault(SecretStore secrets, SessionRegistry presignSessions) {
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.presignSessions = requireNonNull(presignSessions, "presignSessions is null");
    }

    /** The record of {@code wallet}, if its key generation finished here. */
    public Optional<WalletRecord> record(WalletId wallet) throws IOException {
        Optional<SecretBytes> stored = secrets.get(entry(wallet, "record"));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = stored.get().copy();
        stored.get().destroy();
        try {
            return Optional.of(WalletRecord.decode(bytes));
        } catch (InvalidEncodingException e) {
            throw new IOException("the stored record of wallet " + wallet + " does not decode: " + e.getMessage(), e);
        }
    }

    /** The store an ECDSA key share of {@code wallet} keeps its state in (for {@link KeyShare#keepIn}). */
    public SecretStoreKeyShareStore ecdsaStore(WalletId wallet) {
        return new SecretStoreKeyShareStore(secrets, entry(wallet, "ecdsa-share"), presignSessions);
    }

    /** Keeps {@code share} of {@code wallet} in memory; its state is already kept in {@link #ecdsaStore}. */
    public void cacheEcdsaShare(WalletId wallet, KeyShare share) {
        KeyShare previous = ecdsaShares.put(wallet, share);
        if (previous != null && previous != share) {
            previous.destroy();
        }
    }

    /** Writes {@code record} durably: the ECDSA wallet exists from now on. */
    public void putRecord(WalletRecord record) throws IOException {
        put(entry(record.wallet(), "record"), recordBytes(record));
    }

    /** The ECDSA key share of {@code wallet}, loaded from the keystore on first use. */
    public KeyShare ecdsaShare(WalletId wallet) throws IOException {
        KeyShare cached = ecdsaShares.get(wallet);
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            cached = ecdsaShares.get(wallet);
            if (cached != null) {
                return cached;
            }
            byte[] bytes = read(entry(wallet, "ecdsa-share"), wallet);
            try {
                KeyShare share = KeyShareEncoding.decodeSecret(bytes);
                share.keepIn(ecdsaStore(wallet));
                ecdsaShares.put(wallet, share);
                return share;
            } catch (InvalidEncodingException e) {
                throw new IOException("the stored ECDSA share of wallet " + wallet + " does not decode", e);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /** Writes a FROST wallet's record and keys in one durable change: the wallet exists from now on. */
    public void putFrost(WalletRecord record, FrostKeys keys) throws IOException {
        byte[] key = keys.keyPackage().serialize();
        SecretBytes keyValue = SecretBytes.copyOf(key);
        SecretBytes publicValue = SecretBytes.copyOf(keys.publicKeyPackage().serialize());
        SecretBytes recordValue = SecretBytes.copyOf(recordBytes(record));
        Arrays.fill(key, (byte) 0);
        try {
            secrets.putAll(Map.of(
                    entry(record.wallet(), "frost-key"), keyValue,
                    entry(record.wallet(), "frost-public"), publicValue,
                    entry(record.wallet(), "record"), recordValue));
            frostKeys.put(record.wallet(), keys);
        } finally {
            keyValue.destroy();
            publicValue.destroy();
            recordValue.destroy();
        }
    }

    /** The FROST keys of {@code wallet}, loaded from the keystore on first use. */
    public FrostKeys frostKeys(WalletId wallet) throws IOException {
        FrostKeys cached = frostKeys.get(wallet);
        if (cached != null) {
            return cached;
        }
        byte[] key = read(entry(wallet, "frost-key"), wallet);
        byte[] publicData = read(entry(wallet, "frost-public"), wallet);
        try {
            FrostKeys keys = new FrostKeys(KeyPackage.deserialize(key), PublicKeyPackage.deserialize(publicData));
            frostKeys.put(wallet, keys);
            return keys;
        } catch (FrostException e) {
            throw new IOException("the stored FROST keys of wallet " + wallet + " do not decode", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The store a new ECDSA key share of {@code wallet} from a refresh or resharing keeps its state in, pending. */
    public SecretStoreKeyShareStore pendingEcdsaStore(WalletId wallet) {
        return new SecretStoreKeyShareStore(secrets, entry(wallet, PENDING + "ecdsa-share"), presignSessions);
    }

    /** Writes the record that goes with a pending ECDSA share, durably (the share is in {@link #pendingEcdsaStore}). */
    public void putPendingRecord(WalletRecord record) throws IOException {
        put(entry(record.wallet(), PENDING + "record"), recordBytes(record));
    }

    /** Writes a pending FROST key package, public key package and record of a refresh or resharing, in one change. */
    public void putPendingFrost(WalletRecord record, FrostKeys keys) throws IOException {
        byte[] key = keys.keyPackage().serialize();
        SecretBytes keyValue = SecretBytes.copyOf(key);
        SecretBytes publicValue = SecretBytes.copyOf(keys.publicKeyPackage().serialize());
        SecretBytes recordValue = SecretBytes.copyOf(recordBytes(record));
        Arrays.fill(key, (byte) 0);
        try {
            secrets.putAll(Map.of(
                    entry(record.wallet(), PENDING + "frost-key"), keyValue,
                    entry(record.wallet(), PENDING + "frost-public"), publicValue,
                    entry(record.wallet(), PENDING + "record"), recordValue));
        } finally {
            keyValue.destroy();
            publicValue.destroy();
            recordValue.destroy();
        }
    }

    /** Whether a refresh or resharing left new shares of {@code wallet} pending. */
    public boolean hasPending(WalletId wallet) {
        return secrets.names().stream().anyMatch(name -> name.startsWith(entry(wallet, PENDING)));
    }

    /**
     * Removes every wallet's pending shares: those of runs a restart interrupted, which never continue.
     *
     * @return how many wallets had some
     */
    public int discardAllPending() throws IOException {
        Set<String> pending = new TreeSet<>();
        Set<String> wallets = new TreeSet<>();
        for (String name : secrets.names()) {
            int at = name.indexOf("/" + PENDING);
            if (name.startsWith("wallets/") && at > 0) {
                pending.add(name);
                wallets.add(name.substring(0, at));
            }
        }
        if (!pending.isEmpty()) {
            secrets.change(Map.of(), pending);
        }
        return wallets.size();
    }

    /** Removes the pending shares of {@code wallet} (an aborted refresh or resharing), durably; the old ones stay. */
    public void discardPending(WalletId wallet) throws IOException {
        Set<String> pending = names(entry(wallet, PENDING));
        if (!pending.isEmpty()) {
            secrets.change(Map.of(), pending);
        }
    }

    /**
     * Switches {@code wallet} to its pending shares and record in one durable change that also removes the old share
     * and {@code alsoRemove} (the old key's presignatures); the old share in memory is destroyed.
     *
     * @throws IOException if nothing is pending or the change could not be written; then nothing changed
     */
    public void commitPending(WalletId wallet, Set<String> alsoRemove) throws IOException {
        String prefix = entry(wallet, PENDING);
        Set<String> pending = names(prefix);
        if (!pending.contains(prefix + "record")) {
            throw new IOException("wallet " + wallet + " has no pending record to switch to");
        }
        Map<String, SecretBytes> next = new TreeMap<>();
        Set<String> removals = new TreeSet<>(alsoRemove);
        removals.addAll(pending);
        removals.addAll(names(entry(wallet, "")));
        try {
            for (String name : pending) {
                String target = entry(wallet, name.substring(prefix.length()));
                next.put(target, secrets.get(name).orElseThrow(() -> new IOException(name + " vanished")));
                removals.remove(target);
            }
            secrets.change(next, removals);
        } finally {
            next.values().forEach(SecretBytes::destroy);
            forget(wallet);
        }
    }

    /**
     * Deletes everything this node holds of {@code wallet} (its record, shares, pending shares) and {@code alsoRemove}
     * in one durable change: the node left the wallet's holders.
     */
    public void delete(WalletId wallet, Set<String> alsoRemove) throws IOException {
        Set<String> removals = new TreeSet<>(alsoRemove);
        removals.addAll(names(entry(wallet, "")));
        try {
            secrets.change(Map.of(), removals);
        } finally {
            forget(wallet);
        }
    }

    /** Destroys the shares of {@code wallet} held in memory, so that the next use reads the keystore. */
    private void forget(WalletId wallet) {
        KeyShare share = ecdsaShares.remove(wallet);
        if (share != null) {
            share.destroy();
        }
        FrostKeys keys = frostKeys.remove(wallet);
        if (keys != null) {
            keys.keyPackage().destroy();
        }
    }

    private Set<String> names(String prefix) {
        Set<String> names = new TreeSet<>();
        for (String name : secrets.names()) {
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Destroys the shares held in memory (the keystore keeps them). */
    public void destroyCached() {
        ecdsaShares.values().forEach(KeyShare::destroy);
        ecdsaShares.clear();
        frostKeys.values().forEach(keys -> keys.keyPackage().destroy());
        frostKeys.clear();
    }

    private byte[] read(String name, WalletId wallet) throws IOException {
        SecretBytes stored = secrets.get(name)
                .orElseThrow(() -> new IOException("this node holds no share of wallet " + wallet + " (" + name + ")"));
        try {
            return stored.copy();
        } finally {
            stored.destroy();
        }
    }

    private void put(String name, byte[] bytes) throws IOException {
        SecretBytes value = SecretBytes.copyOf(bytes);
        try {
            secrets.put(name, value);
        } finally {
            value.destroy();
        }
    }

    private static byte[] recordBytes(WalletRecord record) {
        return record.encode();
    }

    private static String entry(WalletId wallet, String what) {
        return "wallets/" + wallet.value() + "/" + what;
    }
}
