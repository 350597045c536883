package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The bytes of a {@link PayloadType#PSBT_INPUT} payload: which input of a PSBT one signing job signs. The index only
 * chooses; what is signed for it (the sighash) is derived from the PSBT by each node. A PSBT with several inputs of the
 * wallet is signed as one job per input.
 *
 * @param index the input to sign, 0 or more
 * @param psbt the PSBT bytes (binary, not Base64)
 */
public record PsbtInputPayload(int index, byte[] psbt) {
    private static final int INDEX_LENGTH = 4;

    public PsbtInputPayload {
        requireNonNull(psbt, "psbt is null");
        if (index < 0) {
            throw new IllegalArgumentException("the input index is negative: " + index);
        }
        if (psbt.length == 0) {
            throw new IllegalArgumentException("the PSBT is empty");
        }
        psbt = psbt.clone();
    }

    @Override
    public byte[] psbt() {
        return psbt.clone();
    }

    /** The payload bytes: the index (4 bytes, big-endian), then the PSBT. */
    public byte[] encode() {
        return ByteBuffer.allocate(INDEX_LENGTH + psbt.length)
                .putInt(index)
                .put(psbt)
                .array();
    }

    /** This payload as a typed payload. */
    public TypedPayload typed() {
        return new TypedPayload(PayloadType.PSBT_INPUT, encode());
    }

    /** Reads payload bytes; refused, naming why, when there is no PSBT after the index or the index is negative. */
    public static PsbtInputPayload decode(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        if (bytes.length <= INDEX_LENGTH) {
            throw new IllegalArgumentException("a PSBT input payload is a 4-byte input index followed by the PSBT, got "
                    + bytes.length + " bytes");
        }
        int index = ByteBuffer.wrap(bytes).getInt();
        if (index < 0) {
            throw new IllegalArgumentException(
                    "the PSBT input index " + Integer.toUnsignedString(index) + " is out of range");
        }
        return new PsbtInputPayload(index, Arrays.copyOfRange(bytes, INDEX_LENGTH, bytes.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PsbtInputPayload other && index == other.index && Arrays.equals(psbt, other.psbt);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(psbt);
    }

    @Override
    public String toString() {
        return "PsbtInputPayload[input " + index + ", " + psbt.length + " bytes]";
    }
}
