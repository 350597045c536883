package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.Arrays;

/** Reads little-endian integers, compact sizes and byte strings, refusing reads past the end with the offset named. */
final class ByteReader {
    private final byte[] bytes;
    private final int base;
    private int position;

    ByteReader(byte[] bytes, int base) {
        this.bytes = bytes;
        this.base = base;
    }

    int position() {
        return base + position;
    }

    boolean atEnd() {
        return position == bytes.length;
    }

    int remaining() {
        return bytes.length - position;
    }

    byte[] read(long length, String what) throws DecodingException {
        if (length < 0 || length > remaining()) {
            throw new DecodingException(
                    what + " needs " + length + " bytes but only " + remaining() + " remain", position());
        }
        byte[] out = Arrays.copyOfRange(bytes, position, position + (int) length);
        position += (int) length;
        return out;
    }

    int readByte(String what) throws DecodingException {
        return read(1, what)[0] & 0xff;
    }

    long readUint32(String what) throws DecodingException {
        byte[] b = read(4, what);
        return (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
    }

    long readInt64(String what) throws DecodingException {
        byte[] b = read(8, what);
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (b[i] & 0xffL);
        }
        return value;
    }

    /** A canonical compact size (the shortest encoding); values above {@code limit} are refused. */
    long readCompactSize(String what, long limit) throws DecodingException {
        int start = position();
        int first = readByte(what);
        long value;
        long minimum;
        if (first < 0xfd) {
            value = first;
            minimum = 0;
        } else if (first == 0xfd) {
            byte[] b = read(2, what);
            value = (b[0] & 0xffL) | (b[1] & 0xffL) << 8;
            minimum = 0xfd;
        } else if (first == 0xfe) {
            value = readUint32(what);
            minimum = 0x10000;
        } else {
            value = readInt64(what);
            minimum = 0x100000000L;
        }
        if (value < minimum) {
            throw new DecodingException(what + " has a non-canonical compact size", start);
        }
        if (value < 0 || value > limit) {
            throw new DecodingException(
                    what + " " + Long.toUnsignedString(value) + " exceeds the limit " + limit, start);
        }
        return value;
    }

    /** A compact-size length followed by that many bytes; the length cannot exceed what remains. */
    byte[] readVarBytes(String what) throws DecodingException {
        long length = readCompactSize(what + " length", remaining());
        return read(length, what);
    }
}
