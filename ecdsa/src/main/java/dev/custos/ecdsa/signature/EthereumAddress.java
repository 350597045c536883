package dev.custos.ecdsa.signature;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.secp256k1.Secp256k1Element;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** Ethereum addresses: the last 20 bytes of Keccak-256 of the uncompressed public key, written with EIP-55 checksum. */
public final class EthereumAddress {
    private EthereumAddress() {}

    /** The 20-byte address of {@code publicKey}. */
    public static byte[] of(Element publicKey) {
        requireNonNull(publicKey, "publicKey is null");
        if (!(publicKey instanceof Secp256k1Element element) || element.isIdentity()) {
            throw new IllegalArgumentException("public key must be a non-identity secp256k1 element");
        }
        byte[] uncompressed = element.encodeUncompressed();
        byte[] hash = keccak256(Arrays.copyOfRange(uncompressed, 1, 65));
        return Arrays.copyOfRange(hash, 12, 32);
    }

    /** The EIP-55 mixed-case checksummed address, with {@code 0x} prefix. */
    public static String checksummed(Element publicKey) {
        return checksum(HexFormat.of().formatHex(of(publicKey)));
    }

    /** EIP-55: uppercase each hex letter whose nibble in Keccak-256 of the lowercase address is at least 8. */
    public static String checksum(String lowercaseHex) {
        String hex = lowercaseHex.toLowerCase(Locale.ROOT);
        if (hex.startsWith("0x")) {
            hex = hex.substring(2);
        }
        if (hex.length() != 40) {
            throw new IllegalArgumentException("address must be 40 hex digits");
        }
        byte[] hash = keccak256(hex.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0F;
            out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    static byte[] keccak256(byte[] input) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(input, 0, input.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
