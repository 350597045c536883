package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Parses PSBTs strictly: the magic, canonical compact sizes, no duplicate keys, known fields with their exact key and
 * value shapes, the fields each version requires and forbids, and no trailing bytes. Unknown and proprietary entries
 * are kept. A non-witness UTXO must be the very transaction the input spends (its txid is recomputed).
 */
public final class PsbtParser {
    /** Largest accepted PSBT. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final byte[] MAGIC = {0x70, 0x73, 0x62, 0x74, (byte) 0xff};

    private PsbtParser() {}

    /** Parses Base64 text (whitespace around it is ignored). */
    public static Psbt parseBase64(String text) throws DecodingException {
        if (text == null) {
            throw new DecodingException("PSBT text is missing");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_BYTES / 3 * 4 + 4) {
            throw new DecodingException("PSBT is larger than " + MAX_BYTES + " bytes");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stripped);
        } catch (IllegalArgumentException e) {
            throw new DecodingException("PSBT is not valid Base64: " + e.getMessage());
        }
        return parse(bytes);
    }

    public static Psbt parse(byte[] bytes) throws DecodingException {
        if (bytes == null) {
            throw new DecodingException("PSBT is missing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DecodingException("PSBT is larger than " + MAX_BYTES + " bytes");
        }
        ByteReader reader = new ByteReader(bytes, 0);
        if (bytes.length < MAGIC.length || !java.util.Arrays.equals(reader.read(MAGIC.length, "magic"), MAGIC)) {
            throw new DecodingException("not a PSBT: the magic bytes 'psbt' 0xff are missing", 0);
        }
        GlobalMap global = GlobalMap.read(KeyValueMaps.read(reader, "global map"));
        int inputCount = count(global.inputCount(), reader, "input");
        int outputCount = count(global.outputCount(), reader, "output");
        List<PsbtInput> inputs = new ArrayList<>();
        for (int i = 0; i < inputCount; i++) {
            List<PsbtEntry> entries = KeyValueMaps.read(reader, "input " + i + " map");
            Optional<TxInput> unsigned =
                    global.unsignedTransaction().map(tx -> tx.inputs().get(inputs.size()));
            inputs.add(InputMap.read(entries, "input " + i, global.version(), unsigned));
        }
        List<PsbtOutput> outputs = new ArrayList<>();
        for (int i = 0; i < outputCount; i++) {
            List<PsbtEntry> entries = KeyValueMaps.read(reader, "output " + i + " map");
            Optional<TxOutput> unsigned =
                    global.unsignedTransaction().map(tx -> tx.outputs().get(outputs.size()));
            outputs.add(OutputMap.read(entries, "output " + i, global.version(), unsigned));
        }
        if (!reader.atEnd()) {
            throw new DecodingException("PSBT has " + reader.remaining() + " trailing bytes", reader.position());
        }
        return new Psbt(
                global.version(),
                global.transactionVersion(),
                global.lockTime(),
                inputs,
                outputs,
                global.xpubFingerprints(),
                global.xpubVersions(),
                global.unknown());
    }

    private static int count(long count, ByteReader reader, String what) throws DecodingException {
        if (count > reader.remaining()) {
            throw new DecodingException(
                    "PSBT declares " + count + " " + what + "s but only " + reader.remaining()
                            + " bytes remain for their maps",
                    reader.position());
        }
        return (int) count;
    }
}
