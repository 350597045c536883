package dev.custos.ecdsa.ote;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;

/**
 * The OT-extension receiver's message: the correction matrix {@code u_i = t_i ⊕ G(k_i^1) ⊕ x} (κ columns) and the KOS
 * check values {@code x̃ = Σ χ_j·x_j} and {@code t̃ = Σ χ_j·t_j} (16 bytes each, little-endian words).
 */
public record ExtensionMessage(byte[] correction, byte[] choiceCheck, byte[] rowCheck) {
    public static final int CHECK_LENGTH = 16;

    public ExtensionMessage {
        requireNonNull(correction, "correction is null");
        requireNonNull(choiceCheck, "choiceCheck is null");
        requireNonNull(rowCheck, "rowCheck is null");
        if (correction.length != OtExtension.MATRIX_BYTES) {
            throw new IllegalArgumentException(
                    "correction must be " + OtExtension.MATRIX_BYTES + " bytes, got " + correction.length);
        }
        if (choiceCheck.length != CHECK_LENGTH || rowCheck.length != CHECK_LENGTH) {
            throw new IllegalArgumentException("check values must be " + CHECK_LENGTH + " bytes");
        }
        correction = correction.clone();
        choiceCheck = choiceCheck.clone();
        rowCheck = rowCheck.clone();
    }

    @Override
    public byte[] correction() {
        return correction.clone();
    }

    @Override
    public byte[] choiceCheck() {
        return choiceCheck.clone();
    }

    @Override
    public byte[] rowCheck() {
        return rowCheck.clone();
    }

    public void writeTo(ByteWriter writer) {
        writer.reserve(correction.length + 2 * CHECK_LENGTH)
                .putFixed(correction)
                .putFixed(choiceCheck)
                .putFixed(rowCheck);
    }

    public static ExtensionMessage readFrom(ByteReader reader) throws InvalidEncodingException {
        byte[] correction = reader.getFixed(OtExtension.MATRIX_BYTES);
        byte[] choiceCheck = reader.getFixed(CHECK_LENGTH);
        return new ExtensionMessage(correction, choiceCheck, reader.getFixed(CHECK_LENGTH));
    }
}
