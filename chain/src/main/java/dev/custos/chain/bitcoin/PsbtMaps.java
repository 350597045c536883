package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The raw key-value maps of a PSBT that {@link PsbtParser} accepted, in their original order, so that a signer can
 * read fields the model does not keep and write the PSBT back with entries added or removed.
 *
 * @param global the global map
 * @param inputs one map per input
 * @param outputs one map per output
 */
record PsbtMaps(List<PsbtEntry> global, List<List<PsbtEntry>> inputs, List<List<PsbtEntry>> outputs) {
    private static final byte[] MAGIC = {0x70, 0x73, 0x62, 0x74, (byte) 0xff};

    PsbtMaps {
        global = List.copyOf(global);
        inputs = inputs.stream().map(List::copyOf).toList();
        outputs = outputs.stream().map(List::copyOf).toList();
    }

    /** The maps of {@code bytes}, which {@code parsed} is the parse of. */
    static PsbtMaps read(byte[] bytes, Psbt parsed) throws DecodingException {
        ByteReader reader = new ByteReader(bytes, 0);
        reader.read(MAGIC.length, "magic");
        List<PsbtEntry> global = KeyValueMaps.read(reader, "global map");
        List<List<PsbtEntry>> inputs = new ArrayList<>();
        for (int i = 0; i < parsed.inputs().size(); i++) {
            inputs.add(KeyValueMaps.read(reader, "input " + i + " map"));
        }
        List<List<PsbtEntry>> outputs = new ArrayList<>();
        for (int i = 0; i < parsed.outputs().size(); i++) {
            outputs.add(KeyValueMaps.read(reader, "output " + i + " map"));
        }
        return new PsbtMaps(global, inputs, outputs);
    }

    /** The value of input {@code index}'s entry of {@code keyType} with empty key data, if present. */
    Optional<byte[]> inputValue(int index, int keyType) {
        return inputs.get(index).stream()
                .filter(entry -> entry.keyType() == keyType && entry.keyData().length == 0)
                .map(PsbtEntry::value)
                .findFirst();
    }

    /** These maps with input {@code index}'s map replaced. */
    PsbtMaps withInput(int index, List<PsbtEntry> entries) {
        List<List<PsbtEntry>> replaced = new ArrayList<>(inputs);
        replaced.set(index, entries);
        return new PsbtMaps(global, replaced, outputs);
    }

    /** The PSBT serialization. */
    byte[] serialize() {
        BitcoinWriter out = new BitcoinWriter().bytes(MAGIC);
        write(out, global);
        inputs.forEach(map -> write(out, map));
        outputs.forEach(map -> write(out, map));
        return out.toByteArray();
    }

    private static void write(BitcoinWriter out, List<PsbtEntry> map) {
        for (PsbtEntry entry : map) {
            byte[] key = new BitcoinWriter()
                    .compactSize(entry.keyType())
                    .bytes(entry.keyData())
                    .toByteArray();
            out.varBytes(key).varBytes(entry.value());
        }
        out.uint8(0x00);
    }
}
