package dev.custos.chain.rlp;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/** Canonical RLP encoding. */
public final class RlpEncoder {
    private static final int SHORT_LIMIT = 55;
    private static final int STRING_OFFSET = 0x80;
    private static final int LIST_OFFSET = 0xc0;

    private RlpEncoder() {}

    public static byte[] encode(RlpItem item) {
        Objects.requireNonNull(item, "item is null");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(item, out);
        return out.toByteArray();
    }

    private static void write(RlpItem item, ByteArrayOutputStream out) {
        switch (item) {
            case RlpString string -> {
                byte[] bytes = string.bytes();
                if (bytes.length == 1 && (bytes[0] & 0xff) < STRING_OFFSET) {
                    out.write(bytes[0]);
                } else {
                    writeHeader(STRING_OFFSET, bytes.length, out);
                    out.writeBytes(bytes);
                }
            }
            case RlpList list -> {
                ByteArrayOutputStream payload = new ByteArrayOutputStream();
                for (RlpItem element : list.items()) {
                    write(element, payload);
                }
                writeHeader(LIST_OFFSET, payload.size(), out);
                out.writeBytes(payload.toByteArray());
            }
        }
    }

    private static void writeHeader(int offset, int length, ByteArrayOutputStream out) {
        if (length <= SHORT_LIMIT) {
            out.write(offset + length);
            return;
        }
        int lengthBytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(offset + SHORT_LIMIT + lengthBytes);
        for (int shift = 8 * (lengthBytes - 1); shift >= 0; shift -= 8) {
            out.write((length >>> shift) & 0xff);
        }
    }
}
