package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Bitcoin transaction: version, inputs, outputs and lock time. Witness data, when present in the serialization, is
 * read and checked for structure but not kept: the txid never covers it.
 *
 * @param version the transaction version
 * @param inputs the inputs
 * @param outputs the outputs
 * @param lockTime the lock time
 * @param hadWitness whether the serialization carried witness data
 */
public record BitcoinTransaction(
        long version, List<TxInput> inputs, List<TxOutput> outputs, long lockTime, boolean hadWitness) {
    private static final int MAX_ITEMS = 100_000;

    public BitcoinTransaction {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs is null"));
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs is null"));
    }

    /**
     * Parses exactly {@code bytes}. With {@code allowWitness} false, the segwit marker is refused (PSBT unsigned
     * transactions must use the legacy serialization).
     */
    public static BitcoinTransaction parse(byte[] bytes, boolean allowWitness, int base) throws DecodingException {
        ByteReader reader = new ByteReader(bytes, base);
        long version = reader.readUint32("transaction version");
        boolean witness = false;
        if (reader.remaining() >= 2 && bytes[4] == 0 && bytes[5] == 1) {
            if (!allowWitness) {
                throw new DecodingException("transaction uses the witness serialization", reader.position());
            }
            reader.read(2, "segwit marker");
            witness = true;
        }
        long inputCount = reader.readCompactSize("input count", Math.min(MAX_ITEMS, reader.remaining() / 41));
        List<TxInput> inputs = new ArrayList<>();
        for (long i = 0; i < inputCount; i++) {
            Txid txid = Txid.fromInternal(reader.read(32, "input " + i + " txid"));
            long index = reader.readUint32("input " + i + " index");
            byte[] scriptSig = reader.readVarBytes("input " + i + " scriptSig");
            long sequence = reader.readUint32("input " + i + " sequence");
            inputs.add(new TxInput(txid, index, scriptSig, sequence));
        }
        long outputCount = reader.readCompactSize("output count", Math.min(MAX_ITEMS, reader.remaining() / 9));
        List<TxOutput> outputs = new ArrayList<>();
        for (long i = 0; i < outputCount; i++) {
            int start = reader.position();
            long amount = reader.readInt64("output " + i + " amount");
            if (amount < 0 || amount > TxOutput.MAX_MONEY) {
                throw new DecodingException("output " + i + " amount is out of range: " + amount, start);
            }
            outputs.add(new TxOutput(amount, reader.readVarBytes("output " + i + " scriptPubKey")));
        }
        if (witness) {
            if (inputCount == 0) {
                throw new DecodingException("witness serialization with no inputs", reader.position());
            }
            for (long i = 0; i < inputCount; i++) {
                WitnessStack.read(reader, "input " + i + " witness");
            }
        }
        long lockTime = reader.readUint32("lock time");
        if (!reader.atEnd()) {
            throw new DecodingException("transaction has " + reader.remaining() + " trailing bytes", reader.position());
        }
        return new BitcoinTransaction(version, inputs, outputs, lockTime, witness);
    }

    /** The serialization without witness data. */
    public byte[] serializeWithoutWitness() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeUint32(out, version);
        writeCompactSize(out, inputs.size());
        for (TxInput input : inputs) {
            out.writeBytes(input.previousTxid().internal());
            writeUint32(out, input.outputIndex());
            writeCompactSize(out, input.scriptSig().length);
            out.writeBytes(input.scriptSig());
            writeUint32(out, input.sequence());
        }
        writeCompactSize(out, outputs.size());
        for (TxOutput output : outputs) {
            for (int i = 0; i < 8; i++) {
                out.write((int) (output.amount() >>> (8 * i)));
            }
            writeCompactSize(out, output.scriptPubKey().length);
            out.writeBytes(output.scriptPubKey());
        }
        writeUint32(out, lockTime);
        return out.toByteArray();
    }

    /** The txid: double SHA-256 of the serialization without witness. */
    public Txid txid() {
        return Txid.fromInternal(sha256(sha256(serializeWithoutWitness())));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private static void writeUint32(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)));
        }
    }

    private static void writeCompactSize(ByteArrayOutputStream out, long value) {
        if (value < 0xfd) {
            out.write((int) value);
        } else if (value <= 0xffff) {
            out.write(0xfd);
            out.write((int) value);
            out.write((int) (value >>> 8));
        } else {
            out.write(0xfe);
            writeUint32(out, value);
        }
    }
}
