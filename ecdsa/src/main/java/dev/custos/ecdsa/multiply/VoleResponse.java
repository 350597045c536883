package dev.custos.ecdsa.multiply;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import dev.custos.ecdsa.ote.OtExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multiplication sender's reply: its fresh salt (keys its row hash, see {@code RowHash}), corrections {@code τ_j = H(q_j ⊕ Δ) − H(q_j) + α} for each of the ξ OTs (α is the
 * sender's inputs followed by a random mask), and the consistency check {@code r_j}, {@code u}. The corrections (row
 * j, entry k at index {@code j·(inputs+1) + k}) and check rows are held as their canonical 32-byte big-endian scalar
 * encodings, exactly as on the wire; every one is checked to be below q.
 */
public record VoleResponse(int inputs, byte[] salt, byte[] corrections, byte[] checkRows, Scalar checkSum) {
    public static final int MAX_INPUTS = 4;
    public static final int SALT_LENGTH = 32;

    public VoleResponse {
        checkInputs(inputs);
        requireNonNull(salt, "salt is null");
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be " + SALT_LENGTH + " bytes, got " + salt.length);
        }
        salt = salt.clone();
        requireNonNull(corrections, "corrections is null");
        requireNonNull(checkRows, "checkRows is null");
        requireNonNull(checkSum, "checkSum is null");
        if (corrections.length != correctionBytes(inputs)) {
            throw new IllegalArgumentException(
                    "expected " + correctionBytes(inputs) + " correction bytes, got " + corrections.length);
        }
        if (checkRows.length != checkRowBytes()) {
            throw new IllegalArgumentException(
                    "expected " + checkRowBytes() + " check-row bytes, got " + checkRows.length);
        }
        requireCanonical(corrections, "correction");
        requireCanonical(checkRows, "check row");
        corrections = corrections.clone();
        checkRows = checkRows.clone();
    }

    /** A response from scalars (corrections row by row, then one check row per OT). */
    public static VoleResponse of(
            int inputs, byte[] salt, List<Scalar> corrections, List<Scalar> checkRows, Scalar checkSum) {
        return new VoleResponse(inputs, salt, concatenate(corrections), concatenate(checkRows), checkSum);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] corrections() {
        return corrections.clone();
    }

    @Override
    public byte[] checkRows() {
        return checkRows.clone();
    }

    /** The corrections without a copy, for the receiver in this package, which only reads them. */
    byte[] correctionsView() {
        return corrections;
    }

    /** The check rows without a copy, for the receiver in this package, which only reads them. */
    byte[] checkRowsView() {
        return checkRows;
    }

    /** Equal when every field is: the reply is public, so comparing its contents is fine. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VoleResponse that
                && inputs == that.inputs
                && Arrays.equals(salt, that.salt)
                && Arrays.equals(corrections, that.corrections)
                && Arrays.equals(checkRows, that.checkRows)
                && checkSum.equals(that.checkSum);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * inputs + Arrays.hashCode(corrections)) + Arrays.hashCode(checkRows);
    }

    @Override
    public String toString() {
        return "VoleResponse[inputs=" + inputs + ", " + corrections.length / OrderWords.BYTES + " corrections, "
                + checkRows.length / OrderWords.BYTES + " check rows]";
    }

    /** The corrections as scalars (for inspection and tests; the protocol works on the encodings). */
    public List<Scalar> correctionList() {
        return split(corrections);
    }

    /** The check rows as scalars. */
    public List<Scalar> checkRowList() {
        return split(checkRows);
    }

    /** Length in bytes of what {@link #writeTo} writes. */
    public int encodedLength() {
        return 4 + SALT_LENGTH + corrections.length + checkRows.length + OrderWords.BYTES;
    }

    public void writeTo(MessageWriter writer) {
        writer.reserve(encodedLength())
                .putInt(inputs)
                .putFixed(salt)
                .putFixed(corrections)
                .putFixed(checkRows)
                .putScalar(checkSum);
    }

    public static VoleResponse readFrom(MessageReader reader) throws InvalidEncodingException {
        int inputs = reader.getInt();
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new InvalidEncodingException("multiplication input count out of range: " + inputs);
        }
        byte[] salt = reader.getFixed(SALT_LENGTH);
        byte[] corrections = reader.getFixed(correctionBytes(inputs));
        byte[] checkRows = reader.getFixed(checkRowBytes());
        Scalar checkSum = reader.getScalar();
        try {
            return new VoleResponse(inputs, salt, corrections, checkRows, checkSum);
        } catch (IllegalArgumentException e) {
            throw new InvalidEncodingException("multiplication reply: " + e.getMessage());
        }
    }

    static int correctionBytes(int inputs) {
        return OtExtension.USABLE_ROWS * (inputs + 1) * OrderWords.BYTES;
    }

    static int checkRowBytes() {
        return OtExtension.USABLE_ROWS * OrderWords.BYTES;
    }

    private static void checkInputs(int inputs) {
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("inputs must be in [1, " + MAX_INPUTS + "], got " + inputs);
        }
    }

    private static void requireCanonical(byte[] values, String name) {
        for (int offset = 0; offset < values.length; offset += OrderWords.BYTES) {
            if (!OrderWords.isCanonical(values, offset)) {
                throw new IllegalArgumentException(
                        name + " " + offset / OrderWords.BYTES + " is not below the group order");
            }
        }
    }

    private static byte[] concatenate(List<Scalar> scalars) {
        requireNonNull(scalars, "scalars is null");
        byte[] out = new byte[scalars.size() * OrderWords.BYTES];
        for (int i = 0; i < scalars.size(); i++) {
            byte[] encoding = requireNonNull(scalars.get(i), "scalar is null").toBytes();
            System.arraycopy(encoding, 0, out, i * OrderWords.BYTES, OrderWords.BYTES);
        }
        return out;
    }

    private static List<Scalar> split(byte[] values) {
        List<Scalar> out = new ArrayList<>(values.length / OrderWords.BYTES);
        byte[] encoding = new byte[OrderWords.BYTES];
        for (int offset = 0; offset < values.length; offset += OrderWords.BYTES) {
            System.arraycopy(values, offset, encoding, 0, OrderWords.BYTES);
            out.add(Secp256k1.FIELD.reduce(encoding));
        }
        return out;
    }
}
