package dev.custos.policy.approval.digest;

import dev.custos.chain.intent.Transfer;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Approval digest v2: the 32 bytes an approver's device signs, SHA-256 over a byte-exact encoding of
 * {@link ApprovalFacts} (docs/POLICY.md, "Approval digest v2"). Only typed facts go in: no floating point, no text meant
 * for people, no JSON. Integers have a fixed width or a minimal big-endian encoding with a length prefix; strings are
 * UTF-8 with a length prefix; lists carry a count.
 */
public final class ApprovalDigest {
    /** The domain-separation tag that starts the encoding: this ASCII text followed by one zero byte. */
    public static final String DOMAIN = "custos approval digest v2";

    private ApprovalDigest() {}

    /** SHA-256 of {@link #encode(ApprovalFacts)}. */
    public static byte[] of(ApprovalFacts facts) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(encode(facts));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The bytes that are hashed, field by field in the documented order. */
    public static byte[] encode(ApprovalFacts facts) {
        Objects.requireNonNull(facts, "facts is null");
        Writer out = new Writer();
        out.raw(DOMAIN.getBytes(StandardCharsets.US_ASCII));
        out.raw(new byte[] {0});
        out.text(facts.chain().code());
        if (facts.chain() == ApprovalChain.ETHEREUM) {
            out.unsigned(new BigInteger(facts.network()));
        } else {
            out.text(facts.network());
        }
        out.text(facts.walletId());
        out.text(facts.payloadKind().code());
        out.bytes(facts.signedHash());
        out.u32(facts.transfers().size());
        for (Transfer transfer : facts.transfers()) {
            out.text(transfer.kind().name().toLowerCase(Locale.ROOT));
            out.text(transfer.asset());
            out.text(transfer.recipient());
            out.unsigned(transfer.amount());
        }
        out.u64(facts.policyVersion());
        out.u64(facts.expiresAt().getEpochSecond());
        out.text(facts.requestId());
        return out.toByteArray();
    }

    /** Minimal big-endian bytes of a non-negative integer: no leading zero byte, empty for zero. */
    static byte[] minimalBytes(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative integer " + value);
        }
        byte[] twosComplement = value.toByteArray();
        int skip = twosComplement[0] == 0 ? 1 : 0;
        return Arrays.copyOfRange(twosComplement, skip, twosComplement.length);
    }

    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void raw(byte[] bytes) {
            out.writeBytes(bytes);
        }

        void u32(int value) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
        }

        void u64(long value) {
            out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        void bytes(byte[] bytes) {
            u32(bytes.length);
            out.writeBytes(bytes);
        }

        void text(String value) {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        void unsigned(BigInteger value) {
            bytes(minimalBytes(value));
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
