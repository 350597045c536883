package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A wallet as the coordinator knows it after its key generation: what every holder reported. Public data only.
 *
 * @param id the wallet
 * @param scheme its scheme
 * @param holders the nodes holding a share, sorted
 * @param threshold how many sign
 * @param publicKey the group public key (ECDSA: 33-byte compressed; FROST: the suite's key encoding, x-only for
 *     Taproot)
 * @param publicData what the nodes reported identically (ECDSA: the public key; FROST: the public key package)
 * @param address the EIP-55 address of an ECDSA wallet
 */
public record Wallet(
        WalletId id,
        Scheme scheme,
        List<String> holders,
        int threshold,
        byte[] publicKey,
        byte[] publicData,
        Optional<String> address) {
    public Wallet {
        requireNonNull(id, "id is null");
        requireNonNull(scheme, "scheme is null");
        holders = List.copyOf(holders);
        publicKey = publicKey.clone();
        publicData = publicData.clone();
        requireNonNull(address, "address is null");
    }

    /**
     * The wallet that key generation builds when every holder reported {@code publicData} (ECDSA: the compressed key;
     * FROST: the public key package): for a wallet kept across a restart, which is rebuilt from the facts that were
     * kept rather than trusted as it was stored. The key, the address and, for FROST, the package's threshold and
     * participant count are derived and checked here.
     *
     * @throws IllegalArgumentException naming the wallet if the public data does not decode for the scheme, or does
     *     not fit the holders and threshold
     */
    public static Wallet fromPublicData(
            WalletId id, Scheme scheme, List<String> holders, int threshold, byte[] publicData) {
        requireNonNull(id, "id is null");
        requireNonNull(scheme, "scheme is null");
        requireNonNull(holders, "holders is null");
        requireNonNull(publicData, "publicData is null");
        return WalletKeys.rebuild(id, scheme, holders, threshold, publicData);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] publicData() {
        return publicData.clone();
    }

    /** The same facts as a node records them (for deriving what a node would sign). */
    public WalletRecord record() {
        return new WalletRecord(id, scheme, holders, threshold, publicKey);
    }

    @Override
    public String toString() {
        return "Wallet[" + id + ", " + scheme + ", " + threshold + " of " + holders + ", "
                + HexFormat.of().formatHex(publicKey)
                + address.map(a -> ", " + a).orElse("") + "]";
    }
}
