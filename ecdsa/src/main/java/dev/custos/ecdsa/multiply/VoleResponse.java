package dev.custos.ecdsa.multiply;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ote.OtExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * The multiplication sender's reply: corrections {@code τ_j = H(q_j ⊕ Δ) − H(q_j) + α} for each of the ξ OTs (α is the
 * sender's inputs followed by a random mask), and the consistency check {@code r_j}, {@code u}.
 */
public record VoleResponse(int inputs, List<Scalar> corrections, List<Scalar> checkRows, Scalar checkSum) {
    public static final int MAX_INPUTS = 4;

    public VoleResponse {
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("inputs must be in [1, " + MAX_INPUTS + "], got " + inputs);
        }
        requireNonNull(corrections, "corrections is null");
        requireNonNull(checkRows, "checkRows is null");
        requireNonNull(checkSum, "checkSum is null");
        corrections = List.copyOf(corrections);
        checkRows = List.copyOf(checkRows);
        if (corrections.size() != OtExtension.USABLE_ROWS * (inputs + 1)) {
            throw new IllegalArgumentException(
                    "expected " + OtExtension.USABLE_ROWS * (inputs + 1) + " corrections, got " + corrections.size());
        }
        if (checkRows.size() != OtExtension.USABLE_ROWS) {
            throw new IllegalArgumentException(
                    "expected " + OtExtension.USABLE_ROWS + " check rows, got " + checkRows.size());
        }
    }

    public void writeTo(ByteWriter writer) {
        writer.putInt(inputs);
        corrections.forEach(writer::putScalar);
        checkRows.forEach(writer::putScalar);
        writer.putScalar(checkSum);
    }

    public static VoleResponse readFrom(ByteReader reader) throws InvalidEncodingException {
        int inputs = reader.getInt();
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new InvalidEncodingException("multiplication input count out of range: " + inputs);
        }
        List<Scalar> corrections = new ArrayList<>(OtExtension.USABLE_ROWS * (inputs + 1));
        for (int i = 0; i < OtExtension.USABLE_ROWS * (inputs + 1); i++) {
            corrections.add(reader.getScalar());
        }
        List<Scalar> checkRows = new ArrayList<>(OtExtension.USABLE_ROWS);
        for (int i = 0; i < OtExtension.USABLE_ROWS; i++) {
            checkRows.add(reader.getScalar());
        }
        return new VoleResponse(inputs, corrections, checkRows, reader.getScalar());
    }
}
