package dev.custos.node.enforce;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.types.UsdAmount;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What one request the node authorized spends, as the node derived it: the velocity state it keeps (docs/NODES.md,
 * "Velocity state"). Public data; kept in {@code jobs/velocity/}.
 *
 * @param requestId the request's id
 * @param payloadHash SHA-256 of the payload's type code and bytes: a request id names one payload
 * @param spent when (by the node's clock), from which wallet, by whom, to whom and how many USD, derived
 */
public record SpendRecord(String requestId, byte[] payloadHash, PastRequest spent) {
    private static final byte[] MAGIC = {'C', 'N', 'V', 'R'};
    private static final int FORMAT_VERSION = 1;
    private static final int MAX_TEXT = 4096;

    public SpendRecord {
        requireNonNull(requestId, "requestId is null");
        requireNonNull(payloadHash, "payloadHash is null");
        requireNonNull(spent, "spent is null");
        if (payloadHash.length != 32) {
            throw new IllegalArgumentException("a payload hash is 32 bytes, got " + payloadHash.length);
        }
        payloadHash = payloadHash.clone();
    }

    @Override
    public byte[] payloadHash() {
        return payloadHash.clone();
    }

    /** Whether this record is for the same wallet and payload as {@code other}. */
    boolean samePayload(String walletId, byte[] otherHash) {
        return spent.walletId().equals(walletId) && MessageDigest.isEqual(payloadHash, otherHash);
    }

    /**
     * ASCII {@code CNVR}, {@code u8} version 1, {@code string} request id, {@code raw[32]} payload hash, {@code u64}
     * epoch second and {@code u32} nanosecond of the node's clock, {@code string} wallet, initiator and recipient,
     * {@code string} USD amount as a plain decimal.
     */
    byte[] encode() {
        Instant time = spent.timestamp();
        return new ByteWriter()
                .raw(MAGIC)
                .u8(FORMAT_VERSION)
                .string(requestId)
                .raw(payloadHash)
                .u64(time.getEpochSecond())
                .u32(time.getNano())
                .string(spent.walletId())
                .string(spent.initiator())
                .string(spent.destination())
                .string(spent.amountUsd().value().toPlainString())
                .toByteArray();
    }

    static SpendRecord decode(byte[] encoded, String what) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(encoded, what);
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a velocity record (expected ASCII CNVR)");
        }
        int version = reader.u8("format version");
        if (version != FORMAT_VERSION) {
            throw reader.error("format version", version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        String requestId = reader.string(MAX_TEXT, "request id");
        byte[] hash = reader.raw(32, "payload hash");
        long second = reader.u64("time");
        int nano = reader.u32("time nanoseconds");
        String wallet = reader.string(MAX_TEXT, "wallet");
        String initiator = reader.string(MAX_TEXT, "initiator");
        String destination = reader.string(MAX_TEXT, "recipient");
        String amount = reader.string(MAX_TEXT, "amount");
        reader.finish();
        try {
            return new SpendRecord(
                    requestId,
                    hash,
                    new PastRequest(
                            Instant.ofEpochSecond(second, nano),
                            wallet,
                            initiator,
                            destination,
                            UsdAmount.parse(amount)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw reader.error("record", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpendRecord other
                && requestId.equals(other.requestId)
                && Arrays.equals(payloadHash, other.payloadHash)
                && spent.equals(other.spent);
    }

    @Override
    public int hashCode() {
        return 31 * requestId.hashCode() + Arrays.hashCode(payloadHash);
    }

    @Override
    public String toString() {
        return "SpendRecord[" + requestId + ", payload " + HexFormat.of().formatHex(payloadHash, 0, 8) + "…, " + spent
                + "]";
    }
}
