package dev.custos.node.job.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * What a node knows about a wallet whose key generation it finished: the scheme, the holders (sorted committee names;
 * the i-th holder is protocol participant i + 1), the threshold and the public key (ECDSA: 33-byte compressed; FROST:
 * the group verifying key in the suite's encoding). Written with the key share; the node trusts these facts, never a
 * job's claims about them.
 *
 * @param wallet the wallet
 * @param scheme its scheme
 * @param holders the nodes holding a share
 * @param threshold how many of them sign
 * @param publicKey the group public key
 */
public record WalletRecord(WalletId wallet, Scheme scheme, List<String> holders, int threshold, byte[] publicKey) {
    private static final int VERSION = 1;

    public WalletRecord {
        requireNonNull(wallet, "wallet is null");
        requireNonNull(scheme, "scheme is null");
        requireNonNull(holders, "holders is null");
        requireNonNull(publicKey, "publicKey is null");
        holders.forEach(NodeIdentity::requireValidName);
        if (!holders.equals(List.copyOf(new TreeSet<>(holders))) || holders.size() < 2) {
            throw new IllegalArgumentException("holders must be 2 or more, sorted and distinct: " + holders);
        }
        holders = List.copyOf(holders);
        if (threshold < 2 || threshold > holders.size()) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in [2, " + holders.size() + "]");
        }
        if (publicKey.length == 0 || publicKey.length > 1024) {
            throw new IllegalArgumentException("a public key is 1 to 1024 bytes");
        }
        publicKey = publicKey.clone();
    }

    /** The protocol identifier (1-based index) of {@code holder}; -1 if it holds no share. */
    public int indexOf(String holder) {
        int index = holders.indexOf(holder);
        return index < 0 ? -1 : index + 1;
    }

    /** The holder with 1-based protocol identifier {@code index}. */
    public String holder(int index) {
        return holders.get(index - 1);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    byte[] encode() {
        ByteWriter writer = new ByteWriter()
                .u8(VERSION)
                .string(wallet.value())
                .string(scheme.wireName())
                .u32(holders.size());
        holders.forEach(writer::string);
        return writer.u32(threshold).bytes(publicKey).toByteArray();
    }

    static WalletRecord decode(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(bytes, "wallet record");
        int version = reader.u8("version");
        if (version != VERSION) {
            throw reader.error("version", version + " is not supported");
        }
        String wallet = reader.string(WalletId.MAX_LENGTH, "wallet");
        String schemeName = reader.string(32, "scheme");
        Scheme scheme = Scheme.byName(schemeName)
                .orElseThrow(() -> reader.error("scheme", "'" + schemeName + "' is not a scheme"));
        int count = reader.u32("holder count");
        if (count > 256) {
            throw reader.error("holder count", count + " is above 256");
        }
        List<String> holders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            holders.add(reader.string(NodeIdentity.MAX_NAME_LENGTH, "holder"));
        }
        int threshold = reader.u32("threshold");
        byte[] publicKey = reader.bytes(1024, "public key");
        reader.finish();
        try {
            return new WalletRecord(new WalletId(wallet), scheme, holders, threshold, publicKey);
        } catch (IllegalArgumentException e) {
            throw reader.error("record", e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WalletRecord other
                && wallet.equals(other.wallet)
                && scheme == other.scheme
                && holders.equals(other.holders)
                && threshold == other.threshold
                && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return wallet.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "WalletRecord[" + wallet + ", " + scheme + ", " + threshold + " of " + holders + ", "
                + HexFormat.of().formatHex(publicKey) + "]";
    }
}
