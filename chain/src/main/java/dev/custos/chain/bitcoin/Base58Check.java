package dev.custos.chain.bitcoin;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** Base58Check encoding of a version byte and a payload (legacy Bitcoin addresses). */
public final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {}

    public static String encode(int version, byte[] payload) {
        Objects.requireNonNull(payload, "payload is null");
        if (version < 0 || version > 0xff) {
            throw new IllegalArgumentException("version must be one byte, got " + version);
        }
        byte[] data = new byte[1 + payload.length + 4];
        data[0] = (byte) version;
        System.arraycopy(payload, 0, data, 1, payload.length);
        byte[] checksum = BitcoinTransaction.sha256(BitcoinTransaction.sha256(Arrays.copyOf(data, 1 + payload.length)));
        System.arraycopy(checksum, 0, data, 1 + payload.length, 4);
        return encodeRaw(data);
    }

    /** Plain Base58 of {@code data}: each leading zero byte becomes a '1'. */
    static String encodeRaw(byte[] data) {
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
}
