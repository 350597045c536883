package dev.custos.node.keystore;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.wire.ByteReader;
import dev.custos.types.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The plaintext of a keystore: the number of entries (u32), then each entry's name and value as variable-length
 * fields, in strictly ascending name order (so one set of entries has one encoding). Encoded into an array of the exact
 * size, so that the only copy of the plaintext is the one the caller wipes.
 */
final class KeystoreContent {
    static final int MAX_ENTRIES = 100_000;
    static final int MAX_VALUE_LENGTH = 16 * 1024 * 1024;

    private KeystoreContent() {}

    /** The plaintext (secret: the caller wipes it). */
    static byte[] encode(SortedMap<String, SecretBytes> entries) {
        long size = 4;
        for (Map.Entry<String, SecretBytes> entry : entries.entrySet()) {
            size += 4 + entry.getKey().length() + 4 + entry.getValue().length();
        }
        if (size > KeystoreHeader.MAX_CIPHERTEXT_LENGTH - AesGcm.TAG_LENGTH) {
            throw new IllegalArgumentException(
                    "the keystore content would exceed " + KeystoreHeader.MAX_CIPHERTEXT_LENGTH + " bytes");
        }
        byte[] plaintext = new byte[(int) size];
        ByteBuffer buffer = ByteBuffer.wrap(plaintext);
        buffer.putInt(entries.size());
        for (Map.Entry<String, SecretBytes> entry : entries.entrySet()) {
            byte[] name = entry.getKey().getBytes(StandardCharsets.US_ASCII);
            buffer.putInt(name.length).put(name);
            byte[] value = entry.getValue().copy();
            try {
                buffer.putInt(value.length).put(value);
            } finally {
                Arrays.fill(value, (byte) 0);
            }
        }
        return plaintext;
    }

    /** The entries of a plaintext; the caller still wipes the plaintext. */
    static SortedMap<String, SecretBytes> decode(byte[] plaintext) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(plaintext, "keystore content");
        SortedMap<String, SecretBytes> entries = new TreeMap<>();
        try {
            int count = reader.u32("entry count");
            if (count > MAX_ENTRIES) {
                throw reader.error("entry count", count + " is above the limit of " + MAX_ENTRIES);
            }
            String previous = null;
            for (int i = 0; i < count; i++) {
                String name = reader.string(SecretStore.MAX_NAME_LENGTH, "entry " + i + " name");
                try {
                    SecretStore.requireValidName(name);
                } catch (IllegalArgumentException e) {
                    throw reader.error("entry " + i + " name", e);
                }
                if (previous != null && previous.compareTo(name) >= 0) {
                    throw reader.error("entry " + i + " name", "'" + name + "' is not after '" + previous + "'");
                }
                byte[] value = reader.bytes(MAX_VALUE_LENGTH, "entry '" + name + "' value");
                try {
                    entries.put(name, SecretBytes.copyOf(value));
                } finally {
                    Arrays.fill(value, (byte) 0);
                }
                previous = name;
            }
            reader.finish();
            return entries;
        } catch (InvalidEncodingException | RuntimeException e) {
            entries.values().forEach(SecretBytes::destroy);
            throw e;
        }
    }
}
