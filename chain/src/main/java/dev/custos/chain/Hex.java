package dev.custos.chain;

/** Strict hexadecimal text: an optional {@code 0x} prefix, an even number of digits, nothing else. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    /**
     * Decodes {@code text}; {@code "0x"} and {@code ""} give no bytes.
     *
     * @throws DecodingException if a character is not a hex digit or the number of digits is odd; the offset is the
     *     character position in {@code text}
     */
    public static byte[] decode(String text) throws DecodingException {
        if (text == null) {
            throw new DecodingException("hex text is missing");
        }
        int start = text.startsWith("0x") || text.startsWith("0X") ? 2 : 0;
        int digits = text.length() - start;
        if (digits % 2 != 0) {
            throw new DecodingException("hex text has an odd number of digits (" + digits + ")");
        }
        byte[] bytes = new byte[digits / 2];
        for (int i = 0; i < bytes.length; i++) {
            int position = start + 2 * i;
            int high = digit(text, position);
            int low = digit(text, position + 1);
            bytes[i] = (byte) ((high << 4) | low);
        }
        return bytes;
    }

    /** Lower-case digits with a {@code 0x} prefix. */
    public static String encode(byte[] bytes) {
        return "0x" + encodeWithoutPrefix(bytes);
    }

    /** Lower-case digits without a prefix. */
    public static String encodeWithoutPrefix(byte[] bytes) {
        char[] text = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            text[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(text);
    }

    private static int digit(String text, int position) throws DecodingException {
        char c = text.charAt(position);
        int value = Character.digit(c, 16);
        if (value < 0 || c > 'f') {
            throw new DecodingException("not a hex digit: '" + printable(c) + "'", position);
        }
        return value;
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }
}
