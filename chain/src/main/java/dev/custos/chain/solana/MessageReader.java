package dev.custos.chain.solana;

import dev.custos.chain.DecodingException;
import java.util.Arrays;

/** A strict reader over Solana message bytes: bytes, raw slices and canonical compact-u16 lengths. */
final class MessageReader {
    private final byte[] bytes;
    private int position;

    MessageReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int u8(String field) throws DecodingException {
        require(1, field);
        return bytes[position++] & 0xFF;
    }

    byte[] raw(int length, String field) throws DecodingException {
        require(length, field);
        byte[] value = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    /** Solana's compact-u16: 1 to 3 bytes, 7 bits each, little-endian, canonical. */
    int compactU16(String field) throws DecodingException {
        int start = position;
        int value = 0;
        for (int i = 0; i < 3; i++) {
            int part = u8(field);
            value |= (part & 0x7F) << (7 * i);
            if ((part & 0x80) == 0) {
                if (i > 0 && part == 0) {
                    throw new DecodingException("Solana message: " + field + " is not canonically encoded", start);
                }
                if (value > 0xFFFF) {
                    throw new DecodingException("Solana message: " + field + " is above 65535", start);
                }
                return value;
            }
        }
        throw new DecodingException("Solana message: " + field + " is longer than 3 bytes", start);
    }

    void finish() throws DecodingException {
        if (position != bytes.length) {
            throw new DecodingException(
                    "Solana message: " + (bytes.length - position) + " trailing bytes after the last field", position);
        }
    }

    private void require(int length, String field) throws DecodingException {
        if (bytes.length - position < length) {
            throw new DecodingException("Solana message: " + field + " is truncated", position);
        }
    }
}
