package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A PSBT prepared for signing, finalizing and extraction of Taproot key-path inputs. Everything a signer needs is
 * derived from the PSBT bytes: the unsigned transaction, each input's spent output (witness UTXO, or the output of the
 * txid-checked non-witness UTXO) and its sighash type. Finalizing follows BIP174/BIP371: the key-path signature becomes
 * the input's final script witness and the fields only a signer needs are removed.
 */
public final class PsbtSpend {
    private static final int IN_POR_COMMITMENT = 0x09;
    /** What a finalized input keeps besides unknown entries: the UTXOs and the BIP370 fields of the transaction. */
    private static final Set<Long> KEPT_WHEN_FINAL = Set.of(0x00L, 0x01L, 0x0eL, 0x0fL, 0x10L, 0x11L, 0x12L);

    private static final int SIGNATURE_LENGTH = 64;

    private final Psbt psbt;
    private final PsbtMaps maps;
    private final BitcoinTransaction unsigned;

    private PsbtSpend(Psbt psbt, PsbtMaps maps) throws DecodingException {
        this.psbt = psbt;
        this.maps = maps;
        this.unsigned = unsignedTransaction(psbt);
    }

    /** Parses {@code bytes} strictly (see {@link PsbtParser}). */
    public static PsbtSpend parse(byte[] bytes) throws DecodingException {
        Psbt psbt = PsbtParser.parse(bytes);
        return new PsbtSpend(psbt, PsbtMaps.read(bytes, psbt));
    }

    /** The parsed PSBT. */
    public Psbt psbt() {
        return psbt;
    }

    /** The transaction the PSBT builds, without signatures. */
    public BitcoinTransaction unsignedTransaction() {
        return unsigned;
    }

    /** The locking script of the key-path-only Taproot output of x-only key {@code outputKey}: {@code OP_1 <key>}. */
    public static byte[] p2trScript(byte[] outputKey) {
        Objects.requireNonNull(outputKey, "outputKey is null");
        if (outputKey.length != 32) {
            throw new IllegalArgumentException("a Taproot output key is 32 bytes, got " + outputKey.length);
        }
        return new BitcoinWriter().uint8(0x51).uint8(0x20).bytes(outputKey).toByteArray();
    }

    /** The indexes of the inputs that spend the Taproot output of {@code outputKey}. */
    public List<Integer> inputsSpending(byte[] outputKey) {
        return inputsSpending(new Script(p2trScript(outputKey)));
    }

    /** Input {@code index}'s sighash type: its PSBT_IN_SIGHASH_TYPE, or SIGHASH_DEFAULT when absent (BIP371). */
    public int sighashType(int index) throws DecodingException {
        Optional<Long> type = requestedSighashType(index);
        if (type.isEmpty()) {
            return TaprootSighash.DEFAULT;
        }
        if (!TaprootSighash.isDefined((int) Math.min(type.get(), 0xffff))) {
            throw new DecodingException("input " + index + " asks for sighash type 0x" + Long.toHexString(type.get())
                    + ", which BIP341 does not define");
        }
        return type.get().intValue();
    }

    /** Input {@code index}'s sighash type for a segwit v0 spend: its PSBT_IN_SIGHASH_TYPE, or SIGHASH_ALL. */
    public int segwitV0SighashType(int index) throws DecodingException {
        Optional<Long> type = requestedSighashType(index);
        if (type.isEmpty()) {
            return TaprootSighash.ALL;
        }
        long value = type.get();
        if (value == TaprootSighash.DEFAULT || !TaprootSighash.isDefined((int) Math.min(value, 0xffff))) {
            throw new DecodingException("input " + index + " asks for sighash type 0x" + Long.toHexString(value)
                    + ", which is not a segwit v0 sighash type");
        }
        return (int) value;
    }

    private Optional<Long> requestedSighashType(int index) {
        requireInput(index);
        return maps.inputValue(index, PsbtKeyTypes.PSBT_IN_SIGHASH_TYPE)
                .map(bytes -> (bytes[0] & 0xffL)
                        | (bytes[1] & 0xffL) << 8
                        | (bytes[2] & 0xffL) << 16
                        | (bytes[3] & 0xffL) << 24);
    }

    /** The output every input spends, in input order; refused naming the first input whose UTXO is missing. */
    public List<TxOutput> spentOutputs() throws DecodingException {
        List<TxOutput> spent = new ArrayList<>();
        for (int i = 0; i < psbt.inputs().size(); i++) {
            Optional<TxOutput> output = psbt.inputs().get(i).spentOutput();
            if (output.isEmpty()) {
                throw new DecodingException("input " + i + " has neither a witness UTXO nor a non-witness UTXO: a"
                        + " Taproot signature commits to the amount and script of every spent output");
            }
            spent.add(output.get());
        }
        return List.copyOf(spent);
    }

    /** The BIP341 key-path sighash of input {@code index} with its sighash type. */
    public byte[] taprootSighash(int index) throws DecodingException {
        return TaprootSighash.keyPath(unsigned, spentOutputs(), index, sighashType(index));
    }

    /** Whether input {@code index} has a final scriptSig or script witness. */
    public boolean isFinalized(int index) {
        requireInput(index);
        return psbt.inputs().get(index).finalized();
    }

    /**
     * This PSBT with input {@code index} finalized as a Taproot key-path spend with the 64-byte BIP340 {@code
     * signature} (the input's sighash type byte is appended unless it is SIGHASH_DEFAULT).
     */
    public PsbtSpend withKeyPathSignature(int index, byte[] signature) throws DecodingException {
        requireInput(index);
        Objects.requireNonNull(signature, "signature is null");
        if (signature.length != SIGNATURE_LENGTH) {
            throw new DecodingException(
                    "a BIP340 signature is " + SIGNATURE_LENGTH + " bytes, got " + signature.length);
        }
        if (isFinalized(index)) {
            throw new DecodingException("input " + index + " is already finalized");
        }
        int hashType = sighashType(index);
        BitcoinWriter item = new BitcoinWriter().bytes(signature);
        if (hashType != TaprootSighash.DEFAULT) {
            item.uint8(hashType);
        }
        return withFinalWitness(index, List.of(item.toByteArray()));
    }

    /**
     * This PSBT with input {@code index} finalized as a P2WPKH spend: the witness is the DER {@code signature} with the
     * input's sighash type byte appended, then the 33-byte compressed {@code publicKey}, whose P2WPKH script the input
     * must spend.
     */
    public PsbtSpend withP2wpkhSignature(int index, byte[] derSignature, byte[] publicKey) throws DecodingException {
        requireInput(index);
        Objects.requireNonNull(derSignature, "derSignature is null");
        if (!inputsSpending(new Script(SegwitV0Sighash.p2wpkhScript(publicKey))).contains(index)) {
            throw new DecodingException("input " + index + " does not spend the P2WPKH output of that key");
        }
        if (isFinalized(index)) {
            throw new DecodingException("input " + index + " is already finalized");
        }
        byte[] item = new BitcoinWriter()
                .bytes(derSignature)
                .uint8(segwitV0SighashType(index))
                .toByteArray();
        return withFinalWitness(index, List.of(item, publicKey.clone()));
    }

    /** The BIP143 sighash of input {@code index} as a P2WPKH spend of {@code publicKey} (33 bytes, compressed). */
    public byte[] p2wpkhSighash(int index, byte[] publicKey) throws DecodingException {
        requireInput(index);
        Optional<TxOutput> spent = psbt.inputs().get(index).spentOutput();
        if (spent.isEmpty()) {
            throw new DecodingException("input " + index + " has neither a witness UTXO nor a non-witness UTXO: a"
                    + " segwit signature commits to the spent amount");
        }
        return SegwitV0Sighash.p2wpkh(unsigned, index, publicKey, spent.get().amount(), segwitV0SighashType(index));
    }

    /** The indexes of the inputs whose spent output has exactly the locking script {@code script}. */
    public List<Integer> inputsSpending(Script script) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < psbt.inputs().size(); i++) {
            Optional<TxOutput> spent = psbt.inputs().get(i).spentOutput();
            if (spent.isPresent() && new Script(spent.get().scriptPubKey()).equals(script)) {
                indexes.add(i);
            }
        }
        return List.copyOf(indexes);
    }

    private PsbtSpend withFinalWitness(int index, List<byte[]> items) throws DecodingException {
        BitcoinWriter witness = new BitcoinWriter().compactSize(items.size());
        items.forEach(witness::varBytes);
        List<PsbtEntry> kept = new ArrayList<>();
        for (PsbtEntry entry : maps.inputs().get(index)) {
            if (KEPT_WHEN_FINAL.contains(entry.keyType()) || isUnknown(entry.keyType())) {
                kept.add(entry);
            }
        }
        kept.add(new PsbtEntry(PsbtKeyTypes.PSBT_IN_FINAL_SCRIPTWITNESS, new byte[0], witness.toByteArray(), 0));
        return parse(maps.withInput(index, kept).serialize());
    }

    /** The PSBT serialization. */
    public byte[] serialize() {
        return maps.serialize();
    }

    /** The signed transaction, once every input is finalized; refused naming the inputs that are not. */
    public byte[] extract() throws DecodingException {
        List<Integer> open = new ArrayList<>();
        boolean anyWitness = false;
        for (int i = 0; i < psbt.inputs().size(); i++) {
            if (!isFinalized(i)) {
                open.add(i);
            }
            anyWitness |=
                    maps.inputValue(i, PsbtKeyTypes.PSBT_IN_FINAL_SCRIPTWITNESS).isPresent();
        }
        if (!open.isEmpty()) {
            throw new DecodingException("cannot extract the transaction: inputs " + open + " are not finalized");
        }
        BitcoinWriter out = new BitcoinWriter().uint32(unsigned.version());
        if (anyWitness) {
            out.uint8(0x00).uint8(0x01);
        }
        out.compactSize(unsigned.inputs().size());
        for (int i = 0; i < unsigned.inputs().size(); i++) {
            TxInput input = unsigned.inputs().get(i);
            out.bytes(input.previousTxid().internal())
                    .uint32(input.outputIndex())
                    .varBytes(maps.inputValue(i, PsbtKeyTypes.PSBT_IN_FINAL_SCRIPTSIG)
                            .orElse(new byte[0]))
                    .uint32(input.sequence());
        }
        out.compactSize(unsigned.outputs().size());
        unsigned.outputs().forEach(out::output);
        if (anyWitness) {
            for (int i = 0; i < unsigned.inputs().size(); i++) {
                out.bytes(maps.inputValue(i, PsbtKeyTypes.PSBT_IN_FINAL_SCRIPTWITNESS)
                        .orElse(new byte[] {0}));
            }
        }
        return out.uint32(unsigned.lockTime()).toByteArray();
    }

    private static boolean isUnknown(long keyType) {
        return keyType == IN_POR_COMMITMENT || keyType > PsbtKeyTypes.PSBT_IN_TAP_MERKLE_ROOT;
    }

    private void requireInput(int index) {
        if (index < 0 || index >= psbt.inputs().size()) {
            throw new IndexOutOfBoundsException(
                    "input " + index + " does not exist (" + psbt.inputs().size() + " inputs)");
        }
    }

    private static BitcoinTransaction unsignedTransaction(Psbt psbt) throws DecodingException {
        List<TxInput> inputs = new ArrayList<>();
        for (int i = 0; i < psbt.inputs().size(); i++) {
            PsbtInput input = psbt.inputs().get(i);
            if (input.requiredTimeLockTime().isPresent()
                    || input.requiredHeightLockTime().isPresent()) {
                throw new DecodingException("input " + i + " has a BIP370 required lock time, which signing does not"
                        + " support yet (the lock time would depend on every input)");
            }
            inputs.add(new TxInput(input.previousTxid(), input.outputIndex(), new byte[0], input.sequence()));
        }
        List<TxOutput> outputs = psbt.outputs().stream()
                .map(output -> new TxOutput(output.amount(), output.script().bytes()))
                .toList();
        return new BitcoinTransaction(psbt.transactionVersion(), inputs, outputs, psbt.lockTime(), false);
    }
}
