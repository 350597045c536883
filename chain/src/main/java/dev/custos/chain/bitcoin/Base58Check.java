package dev.custos.chain.bitcoin;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Bitcoin's Base58Check: Base58 of {@code data ‖ first 4 bytes of SHA-256(SHA-256(data))}, where {@code data} is a
 * version byte and a payload (legacy addresses) or a whole serialization (BIP32 extended keys). The one implementation
 * in Custos.
 */
public final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final int CHECKSUM_LENGTH = 4;

    private Base58Check() {}

    /** A version byte and a payload, as in a legacy address. */
    public static String encode(int version, byte[] payload) {
        Objects.requireNonNull(payload, "payload is null");
        if (version < 0 || version > 0xff) {
            throw new IllegalArgumentException("version must be one byte, got " + version);
        }
        byte[] data = new byte[1 + payload.length];
        data[0] = (byte) version;
        System.arraycopy(payload, 0, data, 1, payload.length);
        return encode(data);
    }

    /** {@code data} with its checksum, as in a BIP32 extended key. */
    public static String encode(byte[] data) {
        Objects.requireNonNull(data, "data is null");
        byte[] checked = Arrays.copyOf(data, data.length + CHECKSUM_LENGTH);
        System.arraycopy(checksum(data), 0, checked, data.length, CHECKSUM_LENGTH);
        return encodeRaw(checked);
    }

    /** The data under the checksum, or empty if {@code text} is not Base58 or its checksum is wrong. */
    public static Optional<byte[]> decode(String text) {
        Objects.requireNonNull(text, "text is null");
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return Optional.empty();
            }
            if (leading && digit == 0) {
                leadingZeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int start = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] checked = new byte[leadingZeros + magnitude.length - start];
        System.arraycopy(magnitude, start, checked, leadingZeros, magnitude.length - start);
        if (checked.length < CHECKSUM_LENGTH) {
            return Optional.empty();
        }
        byte[] data = Arrays.copyOf(checked, checked.length - CHECKSUM_LENGTH);
        byte[] given = Arrays.copyOfRange(checked, data.length, checked.length);
        return MessageDigest.isEqual(checksum(data), given) ? Optional.of(data) : Optional.empty();
    }

    /**
     * Plain Base58 of {@code data} without version or checksum (Solana addresses): each leading zero byte becomes a '1'.
     */
    public static String encodeRaw(byte[] data) {
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, data);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            text.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            text.append('1');
        }
        return text.reverse().toString();
    }

    private static byte[] checksum(byte[] data) {
        return Arrays.copyOf(BitcoinTransaction.sha256(BitcoinTransaction.sha256(data)), CHECKSUM_LENGTH);
    }
}
