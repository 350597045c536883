package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads one PSBT map: key-value pairs up to a 0x00 separator; a key that appears twice is an error. */
final class KeyValueMaps {
    /** Most pairs in one map. */
    static final int MAX_ENTRIES = 10_000;

    private KeyValueMaps() {}

    static List<PsbtEntry> read(ByteReader reader, String map) throws DecodingException {
        List<PsbtEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (true) {
            int offset = reader.position();
            if (reader.atEnd()) {
                throw new DecodingException(map + " is truncated: no 0x00 separator", offset);
            }
            byte[] key = reader.readVarBytes(map + " key");
            if (key.length == 0) {
                return entries;
            }
            byte[] value = reader.readVarBytes(map + " value");
            if (!keys.add(Hex.encodeWithoutPrefix(key))) {
                throw new DecodingException(map + " has a duplicate key " + abbreviate(key), offset);
            }
            if (entries.size() >= MAX_ENTRIES) {
                throw new DecodingException(map + " has more than " + MAX_ENTRIES + " entries", offset);
            }
            ByteReader keyReader = new ByteReader(key, offset);
            long type = keyReader.readCompactSize(map + " key type", Long.MAX_VALUE);
            entries.add(new PsbtEntry(type, keyReader.read(keyReader.remaining(), "key data"), value, offset));
        }
    }

    private static String abbreviate(byte[] key) {
        String hex = Hex.encodeWithoutPrefix(key);
        return hex.length() <= 40 ? hex : hex.substring(0, 37) + "...";
    }
}
