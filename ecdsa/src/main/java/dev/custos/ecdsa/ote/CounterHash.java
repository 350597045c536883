package dev.custos.ecdsa.ote;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * SHA-256 in counter mode over a fixed-length prefix: block c is {@code SHA-256(prefix ‖ c)} with c as a fixed number
 * of big-endian bytes (one to four), read as little-endian 64-bit words. Callers put domain-separated keys in the prefix (a hash of a labelled
 * context), so every prefix layout is fixed and unambiguous. One digest object and two buffers serve all blocks: no
 * allocation per block. Holds secrets (seeds) while in use; {@link #wipe} clears them. Not thread-safe.
 */
final class CounterHash {
    private static final int BLOCK = 32;
    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final MessageDigest sha256;
    private final byte[] input;
    private final int prefixLength;
    private final int counterLength;
    private final byte[] block = new byte[BLOCK];

    CounterHash(int prefixLength, int counterLength) {
        if (counterLength < 1 || counterLength > 4) {
            throw new IllegalArgumentException("counter length must be 1 to 4 bytes");
        }
        this.prefixLength = prefixLength;
        this.counterLength = counterLength;
        this.input = new byte[prefixLength + counterLength];
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Copies {@code bytes} into the prefix at {@code offset}. */
    void setPrefix(int offset, byte[] bytes) {
        if (offset + bytes.length > prefixLength) {
            throw new IllegalArgumentException("prefix part does not fit");
        }
        System.arraycopy(bytes, 0, input, offset, bytes.length);
    }

    /** Writes {@code value} (0 to 255) as one byte into the prefix at {@code offset}. */
    void setPrefixByte(int offset, int value) {
        if (offset >= prefixLength || value < 0 || value > 255) {
            throw new IllegalArgumentException("prefix byte does not fit");
        }
        input[offset] = (byte) value;
    }

    /** Fills {@code out[offset .. offset + count)} with the first {@code count} words of the stream. */
    void words(long[] out, int offset, int count) {
        int perBlock = BLOCK / 8;
        int blocks = (count + perBlock - 1) / perBlock;
        if (counterLength < 4 && blocks > 1 << (8 * counterLength)) {
            throw new IllegalArgumentException("too many blocks for a " + counterLength + "-byte counter");
        }
        for (int c = 0; c < blocks; c++) {
            putCounter(c);
            sha256.update(input, 0, input.length);
            try {
                sha256.digest(block, 0, BLOCK);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 output does not fit", e);
            }
            int words = Math.min(perBlock, count - c * perBlock);
            for (int w = 0; w < words; w++) {
                out[offset + c * perBlock + w] = (long) LITTLE_ENDIAN_LONGS.get(block, 8 * w);
            }
        }
        Arrays.fill(block, (byte) 0);
    }

    void wipe() {
        Arrays.fill(input, (byte) 0);
        Arrays.fill(block, (byte) 0);
    }

    private void putCounter(int value) {
        for (int b = 0; b < counterLength; b++) {
            input[prefixLength + b] = (byte) (value >>> (8 * (counterLength - 1 - b)));
        }
    }
}
