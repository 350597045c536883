package dev.custos.ecdsa.ote;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;

/**
 * The OT-extension receiver's message: its fresh salt (mixed into the column PRG key and the check coefficients, so no
 * two extensions expand the same columns whatever session id they are given), the correction matrix
 * {@code u_i = t_i ⊕ G(k_i^1) ⊕ x} (κ columns) and the KOS check values {@code x̃ = Σ χ_j·x_j} and
 * {@code t̃ = Σ χ_j·t_j} (16 bytes each, little-endian words).
 */
public record ExtensionMessage(byte[] salt, byte[] correction, byte[] choiceCheck, byte[] rowCheck) {
    public static final int CHECK_LENGTH = 16;
    public static final int SALT_LENGTH = 32;

    public ExtensionMessage {
        requireNonNull(salt, "salt is null");
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be " + SALT_LENGTH + " bytes, got " + salt.length);
        }
        salt = salt.clone();
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
    public byte[] salt() {
        return salt.clone();
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

    public void writeTo(MessageWriter writer) {
        writer.reserve(SALT_LENGTH + correction.length + 2 * CHECK_LENGTH)
                .putFixed(salt)
                .putFixed(correction)
                .putFixed(choiceCheck)
                .putFixed(rowCheck);
    }

    public static ExtensionMessage readFrom(MessageReader reader) throws InvalidEncodingException {
        byte[] salt = reader.getFixed(SALT_LENGTH);
        byte[] correction = reader.getFixed(OtExtension.MATRIX_BYTES);
        byte[] choiceCheck = reader.getFixed(CHECK_LENGTH);
        return new ExtensionMessage(salt, correction, choiceCheck, reader.getFixed(CHECK_LENGTH));
    }
}
