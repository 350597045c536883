package dev.custos.chain.rlp;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Strict RLP decoder. It accepts exactly one canonical item spanning the whole input and rejects: lengths that run past
 * the end of the input or of the enclosing list, trailing bytes, single bytes below {@code 0x80} wrapped in a string
 * header, long-form headers for lengths under 56, length fields with leading zero bytes, and lists nested deeper than
 * {@link #MAX_DEPTH}. Every item consumes at least one input byte, so the work is linear in the input size.
 */
public final class RlpDecoder {
    /** Deepest accepted list nesting; Ethereum transactions need four levels. */
    public static final int MAX_DEPTH = 16;

    private static final int SHORT_LIMIT = 55;

    private final byte[] input;
    private int position;

    private RlpDecoder(byte[] input, int start) {
        this.input = input;
        this.position = start;
    }

    /** Decodes one item that must span all of {@code input}. */
    public static RlpItem decode(byte[] input) throws DecodingException {
        return decode(input, 0);
    }

    /**
     * Decodes one item that must span {@code input} from {@code start} to its end; error offsets count from the start
     * of {@code input}.
     */
    public static RlpItem decode(byte[] input, int start) throws DecodingException {
        Objects.requireNonNull(input, "input is null");
        if (start < 0 || start > input.length) {
            throw new IllegalArgumentException("start " + start + " is outside the input");
        }
        if (input.length == start) {
            throw new DecodingException("RLP input is empty", start);
        }
        RlpDecoder decoder = new RlpDecoder(input, start);
        RlpItem item = decoder.readItem(input.length, 0);
        if (decoder.position != input.length) {
            throw new DecodingException(
                    "RLP item ends before the input: " + (input.length - decoder.position) + " trailing bytes",
                    decoder.position);
        }
        return item;
    }

    /** Decodes one item that must be a list spanning {@code input} from {@code start} to its end. */
    public static RlpList decodeList(byte[] input, int start) throws DecodingException {
        RlpItem item = decode(input, start);
        if (item instanceof RlpList list) {
            return list;
        }
        throw new DecodingException("expected an RLP list, found a byte string", start);
    }

    private RlpItem readItem(int limit, int depth) throws DecodingException {
        int start = position;
        if (start >= limit) {
            throw new DecodingException("RLP item expected but the enclosing data ended", start);
        }
        int prefix = input[position++] & 0xff;
        if (prefix < 0x80) {
            return RlpString.of(new byte[] {(byte) prefix});
        }
        if (prefix < 0xc0) {
            int length = prefix <= 0x80 + SHORT_LIMIT ? prefix - 0x80 : readLongLength(prefix - 0xb7, start, limit);
            int end = payloadEnd(length, start, limit);
            byte[] bytes = Arrays.copyOfRange(input, position, end);
            if (length == 1 && (bytes[0] & 0xff) < 0x80) {
                throw new DecodingException(
                        "single byte 0x" + Integer.toHexString(bytes[0] & 0xff)
                                + " below 0x80 must be encoded as itself, not as a string",
                        start);
            }
            position = end;
            return RlpString.of(bytes);
        }
        if (depth >= MAX_DEPTH) {
            throw new DecodingException("RLP lists nested deeper than " + MAX_DEPTH + " levels", start);
        }
        int length = prefix <= 0xc0 + SHORT_LIMIT ? prefix - 0xc0 : readLongLength(prefix - 0xf7, start, limit);
        int end = payloadEnd(length, start, limit);
        List<RlpItem> items = new ArrayList<>();
        while (position < end) {
            items.add(readItem(end, depth + 1));
        }
        return new RlpList(items);
    }

    private int readLongLength(int lengthBytes, int start, int limit) throws DecodingException {
        if (position + lengthBytes > limit) {
            throw new DecodingException("RLP length field runs past the end of the data", start);
        }
        if ((input[position] & 0xff) == 0) {
            throw new DecodingException("RLP length field has a leading zero byte", start);
        }
        long length = 0;
        for (int i = 0; i < lengthBytes; i++) {
            length = (length << 8) | (input[position++] & 0xff);
            if (length > limit) {
                throw new DecodingException("RLP length runs past the end of the data", start);
            }
        }
        if (length <= SHORT_LIMIT) {
            throw new DecodingException(
                    "RLP long-form length " + length + " must use the short form (non-canonical)", start);
        }
        return (int) length;
    }

    private int payloadEnd(int length, int start, int limit) throws DecodingException {
        if (length > limit - position) {
            throw new DecodingException(
                    "RLP length " + length + " runs past the end of the data (" + (limit - position) + " bytes left)",
                    start);
        }
        return position + length;
    }
}
