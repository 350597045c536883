package dev.custos.ecdsa.derivation;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/** Bitcoin's Base58Check: Base58 of payload ‖ first 4 bytes of SHA-256(SHA-256(payload)). */
final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58Check() {}

    static String encode(byte[] payload) {
        byte[] data = new byte[payload.length + 4];
        System.arraycopy(payload, 0, data, 0, payload.length);
        System.arraycopy(checksum(payload), 0, data, payload.length, 4);
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, data);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            out.append(ALPHABET.charAt(0));
        }
        return out.reverse().toString();
    }

    /** The payload, or empty if {@code text} is not Base58 or its checksum is wrong. */
    static Optional<byte[]> decode(String text) {
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
        byte[] data = new byte[leadingZeros + magnitude.length - start];
        System.arraycopy(magnitude, start, data, leadingZeros, magnitude.length - start);
        if (data.length < 4) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(data, data.length - 4);
        byte[] expected = checksum(payload);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(data, data.length - 4, data.length))) {
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    private static byte[] checksum(byte[] payload) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return Arrays.copyOf(sha256.digest(sha256.digest(payload)), 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
