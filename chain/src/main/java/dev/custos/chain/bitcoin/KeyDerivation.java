package dev.custos.chain.bitcoin;

import java.util.List;
import java.util.Objects;

/**
 * A BIP32 derivation recorded in a PSBT for a public key.
 *
 * @param publicKey the public key (33 or 65 bytes; 32 bytes for Taproot x-only keys)
 * @param fingerprint the master key fingerprint, as an unsigned 32-bit value in serialized byte order
 * @param path the derivation path indices (hardened ones have the top bit set)
 */
public record KeyDerivation(byte[] publicKey, long fingerprint, List<Long> path) {
    public KeyDerivation {
        publicKey = Objects.requireNonNull(publicKey, "publicKey is null").clone();
        path = List.copyOf(Objects.requireNonNull(path, "path is null"));
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The path as text, e.g. {@code m/84'/0'/0'/1/3}. */
    public String pathText() {
        StringBuilder text = new StringBuilder("m");
        for (long index : path) {
            text.append('/').append(index & 0x7fffffffL).append(index >= 0x80000000L ? "'" : "");
        }
        return text.toString();
    }

    /** The fingerprint as 8 hex digits, in serialized byte order. */
    public String fingerprintHex() {
        return String.format("%08x", Long.reverseBytes(fingerprint) >>> 32);
    }
}
