package dev.custos.chain.bitcoin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Writes Bitcoin's little-endian integers, compact sizes and length-prefixed byte strings, and hashes them. */
final class BitcoinWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    BitcoinWriter uint8(int value) {
        out.write(value);
        return this;
    }

    BitcoinWriter uint32(long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    BitcoinWriter int64(long value) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    BitcoinWriter compactSize(long value) {
        if (value < 0xfd) {
            out.write((int) value);
        } else if (value <= 0xffff) {
            out.write(0xfd);
            out.write((int) value);
            out.write((int) (value >>> 8));
        } else if (value <= 0xffffffffL) {
            out.write(0xfe);
            uint32(value);
        } else {
            out.write(0xff);
            int64(value);
        }
        return this;
    }

    BitcoinWriter bytes(byte[] value) {
        out.writeBytes(value);
        return this;
    }

    BitcoinWriter varBytes(byte[] value) {
        compactSize(value.length);
        out.writeBytes(value);
        return this;
    }

    BitcoinWriter output(TxOutput output) {
        return int64(output.amount()).varBytes(output.scriptPubKey());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    static byte[] sha256(byte[]... parts) {
        MessageDigest digest = sha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** BIP340's tagged hash: {@code SHA256(SHA256(tag) || SHA256(tag) || message)}. */
    static byte[] taggedHash(String tag, byte[] message) {
        byte[] tagHash = sha256(tag.getBytes(StandardCharsets.UTF_8));
        return sha256(tagHash, tagHash, message);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
