package dev.custos.chain.bitcoin;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Objects;

/** Bech32 (BIP173) and bech32m (BIP350) encoding, and segwit addresses (version 0: bech32; 1 to 16: bech32m). */
public final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONSTANT = 1;
    private static final int BECH32M_CONSTANT = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    /** The checksum variant. */
    public enum Variant {
        BECH32,
        BECH32M
    }

    private Bech32() {}

    /** Encodes 5-bit {@code values} under {@code hrp} (lower case). */
    public static String encode(String hrp, byte[] values, Variant variant) {
        Objects.requireNonNull(hrp, "hrp is null");
        Objects.requireNonNull(values, "values is null");
        Objects.requireNonNull(variant, "variant is null");
        String lower = hrp.toLowerCase(Locale.ROOT);
        int constant = variant == Variant.BECH32 ? BECH32_CONSTANT : BECH32M_CONSTANT;
        byte[] expanded = expand(lower);
        byte[] enc = new byte[expanded.length + values.length + 6];
        System.arraycopy(expanded, 0, enc, 0, expanded.length);
        System.arraycopy(values, 0, enc, expanded.length, values.length);
        int polymod = polymod(enc) ^ constant;
        StringBuilder text = new StringBuilder(lower).append('1');
        for (byte value : values) {
            if ((value & 0xff) > 31) {
                throw new IllegalArgumentException("not a 5-bit value: " + value);
            }
            text.append(CHARSET.charAt(value));
        }
        for (int i = 0; i < 6; i++) {
            text.append(CHARSET.charAt((polymod >>> (5 * (5 - i))) & 31));
        }
        return text.toString();
    }

    /** Whether {@code text} is a valid bech32 or bech32m string of the given variant (BIP173/BIP350 rules). */
    public static boolean isValid(String text, Variant variant) {
        if (text.length() < 8 || text.length() > 90) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 33 || c > 126) {
                return false;
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return false;
        }
        String normalized = text.toLowerCase(Locale.ROOT);
        int separator = normalized.lastIndexOf('1');
        if (separator < 1 || separator + 7 > normalized.length()) {
            return false;
        }
        byte[] expanded = expand(normalized.substring(0, separator));
        String data = normalized.substring(separator + 1);
        byte[] enc = new byte[expanded.length + data.length()];
        System.arraycopy(expanded, 0, enc, 0, expanded.length);
        for (int i = 0; i < data.length(); i++) {
            int value = CHARSET.indexOf(data.charAt(i));
            if (value < 0) {
                return false;
            }
            enc[expanded.length + i] = (byte) value;
        }
        return polymod(enc) == (variant == Variant.BECH32 ? BECH32_CONSTANT : BECH32M_CONSTANT);
    }

    /** A segwit address: witness version, then the program regrouped into 5-bit values. */
    public static String encodeSegwit(String hrp, int witnessVersion, byte[] program) {
        if (witnessVersion < 0 || witnessVersion > 16) {
            throw new IllegalArgumentException("witness version must be in [0, 16], got " + witnessVersion);
        }
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        values.write(witnessVersion);
        int accumulator = 0;
        int bits = 0;
        for (byte b : program) {
            accumulator = (accumulator << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                values.write((accumulator >>> bits) & 31);
            }
        }
        if (bits > 0) {
            values.write((accumulator << (5 - bits)) & 31);
        }
        return encode(hrp, values.toByteArray(), witnessVersion == 0 ? Variant.BECH32 : Variant.BECH32M);
    }

    private static byte[] expand(String hrp) {
        byte[] out = new byte[2 * hrp.length() + 1];
        for (int i = 0; i < hrp.length(); i++) {
            out[i] = (byte) (hrp.charAt(i) >>> 5);
            out[hrp.length() + 1 + i] = (byte) (hrp.charAt(i) & 31);
        }
        return out;
    }

    private static int polymod(byte[] values) {
        int checksum = 1;
        for (byte value : values) {
            int top = checksum >>> 25;
            checksum = ((checksum & 0x1ffffff) << 5) ^ (value & 0xff);
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    checksum ^= GENERATOR[i];
                }
            }
        }
        return checksum;
    }
}
