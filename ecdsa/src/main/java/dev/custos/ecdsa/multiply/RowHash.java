package dev.custos.ecdsa.multiply;

import dev.custos.ecdsa.internal.Hasher;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Turns an OT-extension row into {@code width} pseudorandom scalars: the random OT message for that row, expanded to the
 * correlation's width. Scalar k of row j is {@code SHA-256(K ‖ j ‖ k ‖ key)} reduced modulo q (bias about 2^-128 for
 * secp256k1, whose order is within 2^129 of 2^256), where {@code K = SHA-256("vole-row/v3", session, salt)} binds
 * domain, session and the sender's fresh 32-byte salt (sent in its reply): the sender's pads are new in every
 * multiplication even when a caller repeats the session id, so two replies never mask the same inputs with related pads. The input has a fixed layout of 53 bytes (32 + 4 + 1 + 16), so each scalar costs one SHA-256 compression
 * and no allocation. SHA-256 because it has CPU instructions on current x86 and ARM servers. Not thread-safe; holds
 * the last row key and hash output until {@link #wipe}, which callers run when done.
 */
final class RowHash {
    private static final int SESSION_KEY = 32;
    private static final int ROW_OFFSET = SESSION_KEY;
    private static final int INDEX_OFFSET = ROW_OFFSET + 4;
    private static final int KEY_OFFSET = INDEX_OFFSET + 1;
    private static final int INPUT_LENGTH = KEY_OFFSET + 16;

    private static final VarHandle BIG_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final MessageDigest sha256;
    private final byte[] input = new byte[INPUT_LENGTH];
    private final byte[] output = new byte[OrderWords.BYTES];

    RowHash(byte[] session, byte[] salt) {
        byte[] sessionKey = Hasher.sha256("vole-row/v3").put(session).put(salt).digest();
        System.arraycopy(sessionKey, 0, input, 0, SESSION_KEY);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Writes the {@code width} scalars of row {@code row}, whose 128-bit key is {@code (keyLow, keyHigh)} (little-endian
     * bytes, as {@code OtExtension.rowBytes}), to {@code out} from word {@code offset} on.
     */
    void pads(int row, long keyLow, long keyHigh, int width, long[] out, int offset) {
        BIG_ENDIAN_INT.set(input, ROW_OFFSET, row);
        LITTLE_ENDIAN_LONG.set(input, KEY_OFFSET, keyLow);
        LITTLE_ENDIAN_LONG.set(input, KEY_OFFSET + 8, keyHigh);
        for (int k = 0; k < width; k++) {
            input[INDEX_OFFSET] = (byte) k;
            sha256.update(input, 0, INPUT_LENGTH);
            try {
                sha256.digest(output, 0, OrderWords.BYTES);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 output does not fit", e);
            }
            OrderWords.reduce(output, 0, out, offset + k * OrderWords.WORDS);
        }
    }

    /** Clears the last row key and hash output (each row overwrites the previous one). */
    void wipe() {
        Arrays.fill(input, (byte) 0);
        Arrays.fill(output, (byte) 0);
    }
}
