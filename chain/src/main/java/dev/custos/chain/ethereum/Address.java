package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** A 20-byte Ethereum address, printed with its EIP-55 mixed-case checksum. */
public final class Address implements Comparable<Address> {
    public static final int LENGTH = 20;
    public static final Address ZERO = new Address(new byte[LENGTH]);

    private final byte[] bytes;

    private Address(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Address of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("an address has 20 bytes, got " + bytes.length);
        }
        return new Address(bytes.clone());
    }

    /**
     * Parses {@code 0x} followed by 40 hex digits. All-lower-case and all-upper-case digits are accepted as they are;
     * mixed case must carry a valid EIP-55 checksum.
     */
    public static Address fromHex(String text) throws DecodingException {
        Objects.requireNonNull(text, "text is null");
        if (!text.startsWith("0x") || text.length() != 2 + 2 * LENGTH) {
            throw new DecodingException("not an address (expected 0x and 40 hex digits): '" + abbreviate(text) + "'");
        }
        Address address = new Address(Hex.decode(text));
        String digits = text.substring(2);
        boolean mixedCase =
                !digits.equals(digits.toLowerCase(Locale.ROOT)) && !digits.equals(digits.toUpperCase(Locale.ROOT));
        if (mixedCase && !address.toChecksumHex().equals(text)) {
            throw new DecodingException(
                    "address " + text + " has an invalid EIP-55 checksum; expected " + address.toChecksumHex());
        }
        return address;
    }

    /** The address in the low 20 bytes of {@code publicKeyHash}, a 32-byte Keccak-256 of a public key. */
    static Address fromPublicKeyHash(byte[] publicKeyHash) {
        return new Address(Arrays.copyOfRange(publicKeyHash, 12, 32));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The EIP-55 form: a hex digit is upper case where the matching nibble of keccak(lower-case hex) is 8 or more. */
    public String toChecksumHex() {
        String lower = Hex.encodeWithoutPrefix(bytes);
        byte[] hash = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(2 + lower.length()).append("0x");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    @Override
    public int compareTo(Address other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toChecksumHex();
    }

    private static String abbreviate(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }
}
