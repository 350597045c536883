package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the committee's admins decide when a wallet's key moves to another set of signer nodes (docs/NODES.md,
 * "Resharing"): the wallet, its scheme and group public key (which every new holder checks the result against), the
 * members holding it now, the members to hold it afterwards with their threshold, and until when the order may be
 * carried out. A node reshares only on an order a quorum of its committee's admins signed ({@link SignedReshareOrder}),
 * never on the coordinator's word.
 *
 * @param orderId the admins' name for the order (1 to 64 of {@code A-Z a-z 0-9 . _ -}), e.g. an epoch number
 * @param wallet the wallet
 * @param scheme its scheme
 * @param publicKey its group public key, as the nodes record it (1 to 1024 bytes)
 * @param oldMembers the nodes holding a share now, sorted and distinct (2 to 256)
 * @param newMembers the nodes to hold a share afterwards, sorted and distinct (2 to 256)
 * @param newThreshold how many of the new members sign, 2 to their number
 * @param expiresAt the last moment a node starts to carry the order out (its own clock)
 */
public record ReshareOrder(
        String orderId,
        WalletId wallet,
        Scheme scheme,
        byte[] publicKey,
        List<String> oldMembers,
        List<String> newMembers,
        int newThreshold,
        Instant expiresAt) {
    private static final byte[] MAGIC = {'C', 'N', 'R', 'O'};
    private static final byte[] DOMAIN = "custos reshare order v1\0".getBytes(StandardCharsets.US_ASCII);
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_MEMBERS = 256;
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_KEY_LENGTH = 1024;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_ID_LENGTH + "}");

    public ReshareOrder {
        requireNonNull(orderId, "orderId is null");
        requireNonNull(wallet, "wallet is null");
        requireNonNull(scheme, "scheme is null");
        requireNonNull(publicKey, "publicKey is null");
        requireNonNull(expiresAt, "expiresAt is null");
        if (!ID.matcher(orderId).matches()) {
            throw new IllegalArgumentException(
                    "an order id is 1 to " + MAX_ID_LENGTH + " of A-Z a-z 0-9 . _ -, got '" + orderId + "'");
        }
        if (publicKey.length == 0 || publicKey.length > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a public key is 1 to " + MAX_KEY_LENGTH + " bytes");
        }
        publicKey = publicKey.clone();
        oldMembers = members(oldMembers, "old members");
        newMembers = members(newMembers, "new members");
        if (newThreshold < 2 || newThreshold > newMembers.size()) {
            throw new IllegalArgumentException(
                    "the new threshold " + newThreshold + " is not in [2, " + newMembers.size() + "]");
        }
        if (expiresAt.getEpochSecond() < 0 || expiresAt.getNano() != 0) {
            throw new IllegalArgumentException("the expiry is a whole second after 1970: " + expiresAt);
        }
    }

    private static List<String> members(List<String> members, String what) {
        requireNonNull(members, what + " is null");
        members.forEach(NodeIdentity::requireValidName);
        if (!members.equals(List.copyOf(new TreeSet<>(members)))) {
            throw new IllegalArgumentException("the " + what + " must be sorted and distinct: " + members);
        }
        if (members.size() < 2 || members.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("the " + what + " are 2 to " + MAX_MEMBERS + " nodes, got " + members);
        }
        return List.copyOf(members);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Whether the new members are the old ones (the threshold may still change). */
    public boolean keepsMembers() {
        return oldMembers.equals(newMembers);
    }

    /**
     * ASCII {@code CNRO}, {@code u8} format version 1, {@code string} order id, {@code string} wallet, {@code string}
     * scheme, {@code bytes} public key, {@code u32} old member count and a {@code string} each, {@code u32} new member
     * count and a {@code string} each, {@code u32} new threshold, {@code u64} expiry (Unix seconds).
     */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter()
                .raw(MAGIC)
                .u8(FORMAT_VERSION)
                .string(orderId)
                .string(wallet.value())
                .string(scheme.wireName())
                .bytes(publicKey)
                .u32(oldMembers.size());
        oldMembers.forEach(writer::string);
        writer.u32(newMembers.size());
        newMembers.forEach(writer::string);
        return writer.u32(newThreshold).u64(expiresAt.getEpochSecond()).toByteArray();
    }

    /** What each admin signs: ASCII {@code custos reshare order v1}, a zero byte, then {@link #encode()}. */
    public byte[] signedMessage() {
        byte[] encoding = encode();
        byte[] message = Arrays.copyOf(DOMAIN, DOMAIN.length + encoding.length);
        System.arraycopy(encoding, 0, message, DOMAIN.length, encoding.length);
        return message;
    }

    /** SHA-256 of {@link #signedMessage()}: what names the order in a node's registry of orders carried out. */
    public byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(signedMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Reads {@link #encode()}'s output strictly. */
    public static ReshareOrder decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(requireNonNull(encoded, "encoded is null"), "reshare order");
        ReshareOrder order = read(reader);
        reader.finish();
        return order;
    }

    static ReshareOrder read(ByteReader reader) throws InvalidEncodingException {
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a reshare order (expected ASCII CNRO)");
        }
        int version = reader.u8("format version");
        if (version != FORMAT_VERSION) {
            throw reader.error("format version", version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        String orderId = reader.string(MAX_ID_LENGTH, "order id");
        String walletName = reader.string(WalletId.MAX_LENGTH, "wallet");
        String schemeName = reader.string(32, "scheme");
        Scheme scheme = Scheme.byName(schemeName)
                .orElseThrow(() -> reader.error("scheme", "'" + schemeName + "' is not a known scheme"));
        byte[] publicKey = reader.bytes(MAX_KEY_LENGTH, "public key");
        List<String> oldMembers = readMembers(reader, "old member");
        List<String> newMembers = readMembers(reader, "new member");
        int threshold = reader.u32("new threshold");
        long expires = reader.u64("expires at");
        return JobMessageCodec.checked(
                reader,
                "reshare order",
                () -> new ReshareOrder(
                        orderId,
                        new WalletId(walletName),
                        scheme,
                        publicKey,
                        oldMembers,
                        newMembers,
                        threshold,
                        Instant.ofEpochSecond(expires)));
    }

    private static List<String> readMembers(ByteReader reader, String field) throws InvalidEncodingException {
        int count = reader.u32(field + " count");
        if (count < 2 || count > MAX_MEMBERS) {
            throw reader.error(field + " count", count + " is not in [2, " + MAX_MEMBERS + "]");
        }
        List<String> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            members.add(reader.string(NodeIdentity.MAX_NAME_LENGTH, field));
        }
        return members;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReshareOrder other && Arrays.equals(encode(), other.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "ReshareOrder[" + orderId + ", " + wallet + ", " + scheme + ", "
                + HexFormat.of().formatHex(publicKey) + ", " + oldMembers + " -> " + newThreshold + " of " + newMembers
                + ", until " + expiresAt + "]";
    }
}
