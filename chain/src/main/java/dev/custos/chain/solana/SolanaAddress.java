package dev.custos.chain.solana;

import dev.custos.chain.DecodingException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** A 32-byte Solana account address (an Ed25519 public key or a program-derived address), shown in base58. */
public final class SolanaAddress implements Comparable<SolanaAddress> {
    /** The length of an address in bytes. */
    public static final int LENGTH = 32;

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private final byte[] bytes;

    private SolanaAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address of {@code bytes} (32 bytes, such as an Ed25519 public key). */
    public static SolanaAddress of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a Solana address is " + LENGTH + " bytes, got " + bytes.length);
        }
        return new SolanaAddress(bytes.clone());
    }

    /** Parses base58 text that must decode to exactly 32 bytes. */
    public static SolanaAddress fromBase58(String text) throws DecodingException {
        Objects.requireNonNull(text, "text is null");
        if (text.isEmpty() || text.length() > 44) {
            throw new DecodingException("a Solana address is 32 to 44 base58 characters, got " + text.length());
        }
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new DecodingException("'" + text.charAt(i) + "' is not a base58 character", i);
            }
            if (leading && digit == 0) {
                zeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int start = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        int length = zeros + magnitude.length - start;
        if (length != LENGTH) {
            throw new DecodingException("'" + text + "' decodes to " + length + " bytes, not " + LENGTH);
        }
        byte[] out = new byte[LENGTH];
        System.arraycopy(magnitude, start, out, zeros, magnitude.length - start);
        return new SolanaAddress(out);
    }

    /** The 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The base58 form, as wallets and explorers show it. */
    public String toBase58() {
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            text.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            text.append(ALPHABET.charAt(0));
        }
        return text.reverse().toString();
    }

    @Override
    public int compareTo(SolanaAddress other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SolanaAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toBase58();
    }
}
