package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;

/** Shape checks for PSBT field keys and values, shared by the global, input and output maps. */
final class Fields {
    private Fields() {}

    static String name(String map, PsbtEntry entry) {
        return map + " key type 0x" + Long.toHexString(entry.keyType());
    }

    static void keyLength(String map, PsbtEntry entry, int... allowed) throws DecodingException {
        int length = entry.keyData().length;
        for (int candidate : allowed) {
            if (candidate == length) {
                return;
            }
        }
        throw new DecodingException(
                name(map, entry) + " has key data of " + length + " bytes, expected " + describe(allowed),
                entry.offset());
    }

    static void valueLength(String map, PsbtEntry entry, int... allowed) throws DecodingException {
        int length = entry.value().length;
        for (int candidate : allowed) {
            if (candidate == length) {
                return;
            }
        }
        throw new DecodingException(
                name(map, entry) + " has a value of " + length + " bytes, expected " + describe(allowed),
                entry.offset());
    }

    static long uint32(String map, PsbtEntry entry) throws DecodingException {
        valueLength(map, entry, 4);
        return reader(entry).readUint32(name(map, entry));
    }

    static ByteReader reader(PsbtEntry entry) {
        return new ByteReader(entry.value(), entry.offset());
    }

    static void end(ByteReader reader, String what) throws DecodingException {
        if (!reader.atEnd()) {
            throw new DecodingException(
                    what + " has " + reader.remaining() + " unexpected trailing bytes", reader.position());
        }
    }

    /** A BIP32 derivation value: a 4-byte fingerprint and 4 bytes per path element. */
    static KeyDerivation derivation(String map, PsbtEntry entry, byte[] publicKey, ByteReader reader)
            throws DecodingException {
        if (reader.remaining() < 4 || reader.remaining() % 4 != 0) {
            throw new DecodingException(
                    name(map, entry) + " derivation must be 4 + 4n bytes, got " + reader.remaining(), entry.offset());
        }
        long fingerprint = reader.readUint32("fingerprint");
        List<Long> path = new ArrayList<>();
        while (!reader.atEnd()) {
            path.add(reader.readUint32("path element"));
        }
        return new KeyDerivation(publicKey, fingerprint, path);
    }

    static TxOutput witnessUtxo(String map, PsbtEntry entry) throws DecodingException {
        ByteReader reader = reader(entry);
        int start = reader.position();
        long amount = reader.readInt64(name(map, entry) + " amount");
        if (amount < 0 || amount > TxOutput.MAX_MONEY) {
            throw new DecodingException(name(map, entry) + " amount is out of range: " + amount, start);
        }
        byte[] script = reader.readVarBytes(name(map, entry) + " script");
        end(reader, name(map, entry));
        return new TxOutput(amount, script);
    }

    private static String describe(int... allowed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < allowed.length; i++) {
            text.append(i == 0 ? "" : " or ").append(allowed[i]);
        }
        return text.toString();
    }
}
