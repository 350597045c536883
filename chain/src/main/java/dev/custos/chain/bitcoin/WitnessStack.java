package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;

/** A witness stack: a compact-size item count, then each item as compact-size length and bytes. */
final class WitnessStack {
    private WitnessStack() {}

    static List<byte[]> read(ByteReader reader, String what) throws DecodingException {
        long count = reader.readCompactSize(what + " item count", reader.remaining());
        List<byte[]> items = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            items.add(reader.readVarBytes(what + " item " + i));
        }
        return items;
    }
}
