package dev.custos.chain.bitcoin;

import java.util.Objects;

/**
 * One key-value pair of a PSBT map.
 *
 * @param keyType the key type (the compact size at the start of the key)
 * @param keyData the key bytes after the key type
 * @param value the value bytes
 * @param offset the byte offset of the pair in the PSBT
 */
public record PsbtEntry(long keyType, byte[] keyData, byte[] value, int offset) {
    public PsbtEntry {
        keyData = Objects.requireNonNull(keyData, "keyData is null").clone();
        value = Objects.requireNonNull(value, "value is null").clone();
    }

    @Override
    public byte[] keyData() {
        return keyData.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
