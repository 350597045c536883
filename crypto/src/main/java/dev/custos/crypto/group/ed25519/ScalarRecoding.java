package dev.custos.crypto.group.ed25519;

/** Rewrites a 256-bit little-endian integer as signed digits for the multiplication algorithms. */
final class ScalarRecoding {
    static final int RADIX_16_DIGITS = 64;
    static final int BITS = 256;

    private ScalarRecoding() {}

    /**
     * The 64 digits e_i in [-8, 8) with k = sum e_i 16^i, for k below 2^255 given as 32 little-endian bytes; the top
     * digit may be 8. Constant time: only shifts, masks and additions.
     */
    static byte[] signedRadix16(byte[] littleEndian) {
        requireLength(littleEndian);
        byte[] digits = new byte[RADIX_16_DIGITS];
        for (int i = 0; i < 32; i++) {
            digits[2 * i] = (byte) (littleEndian[i] & 15);
            digits[2 * i + 1] = (byte) ((littleEndian[i] >>> 4) & 15);
        }
        int carry = 0;
        for (int i = 0; i < RADIX_16_DIGITS - 1; i++) {
            int digit = digits[i] + carry;
            carry = (digit + 8) >> 4;
            digits[i] = (byte) (digit - (carry << 4));
        }
        digits[RADIX_16_DIGITS - 1] += (byte) carry;
        return digits;
    }

    /**
     * The width-w non-adjacent form of k below 2^255 (32 little-endian bytes): 256 digits, each zero or odd with
     * absolute value below 2^(w-1), and any w consecutive digits hold at most one non-zero. Variable time: for public
     * scalars only.
     */
    static byte[] nonAdjacentForm(byte[] littleEndian, int width) {
        requireLength(littleEndian);
        if ((littleEndian[31] & 0x80) != 0) {
            throw new IllegalArgumentException("integer must be below 2^255");
        }
        if (width < 2 || width > 8) {
            throw new IllegalArgumentException("width must be in [2, 8], got " + width);
        }
        byte[] digits = new byte[BITS];
        int windowSize = 1 << width;
        int carry = 0;
        int position = 0;
        while (position < BITS) {
            int window = bits(littleEndian, position, width) + carry;
            if ((window & 1) == 0) {
                position++;
                continue;
            }
            if (window < windowSize / 2) {
                digits[position] = (byte) window;
                carry = 0;
            } else {
                digits[position] = (byte) (window - windowSize);
                carry = 1;
            }
            position += width;
        }
        if (carry != 0) {
            throw new IllegalStateException("carry left over for an integer below 2^255");
        }
        return digits;
    }

    /** The {@code count} bits starting at bit {@code position}, zero beyond bit 255. */
    private static int bits(byte[] littleEndian, int position, int count) {
        int value = 0;
        for (int i = 0; i < count && position + i < BITS; i++) {
            int bit = position + i;
            value |= ((littleEndian[bit >>> 3] >>> (bit & 7)) & 1) << i;
        }
        return value;
    }

    private static void requireLength(byte[] littleEndian) {
        if (littleEndian.length != 32) {
            throw new IllegalArgumentException("integer must be 32 bytes, got " + littleEndian.length);
        }
    }
}
