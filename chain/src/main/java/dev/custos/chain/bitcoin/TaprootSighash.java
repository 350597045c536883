package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.List;
import java.util.Objects;

/**
 * The BIP341 signature hash of a key-path spend (extension flag 0, no annex): {@code hash_TapSighash(0x00 ||
 * SigMsg(hash_type, 0))}. It commits to every spent output's amount and scriptPubKey (unless ANYONECANPAY), so the
 * caller must supply all of them; a wrong amount or script gives a hash that the chain's check does not accept.
 */
public final class TaprootSighash {
    /** Signs all inputs and outputs; the signature is 64 bytes, with no hash type byte. */
    public static final int DEFAULT = 0x00;
    /** Signs all inputs and outputs; the signature carries the 0x01 byte. */
    public static final int ALL = 0x01;
    /** Signs no output. */
    public static final int NONE = 0x02;
    /** Signs the output with the input's index. */
    public static final int SINGLE = 0x03;
    /** Signs only this input (combined with one of the above). */
    public static final int ANYONECANPAY = 0x80;

    private TaprootSighash() {}

    /** Whether {@code hashType} is one BIP341 defines. */
    public static boolean isDefined(int hashType) {
        int base = hashType & 0x03;
        return hashType == DEFAULT || ((hashType & ~0x83) == 0 && base != 0);
    }

    /**
     * The sighash for input {@code index} of {@code transaction}.
     *
     * @param transaction the unsigned transaction
     * @param spent the output each input spends, in input order
     * @param index the input being signed
     * @param hashType one of the defined hash types
     * @throws DecodingException if the hash type is not defined, the spent outputs do not match the inputs, or
     *     SIGHASH_SINGLE names an output that does not exist
     */
    public static byte[] keyPath(BitcoinTransaction transaction, List<TxOutput> spent, int index, int hashType)
            throws DecodingException {
        Objects.requireNonNull(transaction, "transaction is null");
        Objects.requireNonNull(spent, "spent is null");
        List<TxInput> inputs = transaction.inputs();
        List<TxOutput> outputs = transaction.outputs();
        if (!isDefined(hashType)) {
            throw new DecodingException("hash type 0x" + Integer.toHexString(hashType) + " is not defined by BIP341");
        }
        if (spent.size() != inputs.size()) {
            throw new DecodingException(
                    "the transaction has " + inputs.size() + " inputs but " + spent.size() + " spent outputs");
        }
        if (index < 0 || index >= inputs.size()) {
            throw new DecodingException("input " + index + " does not exist (" + inputs.size() + " inputs)");
        }
        int base = hashType & 0x03;
        boolean anyoneCanPay = (hashType & ANYONECANPAY) != 0;
        BitcoinWriter message = new BitcoinWriter()
                .uint8(0x00)
                .uint8(hashType)
                .uint32(transaction.version())
                .uint32(transaction.lockTime());
        if (!anyoneCanPay) {
            BitcoinWriter prevouts = new BitcoinWriter();
            BitcoinWriter amounts = new BitcoinWriter();
            BitcoinWriter scripts = new BitcoinWriter();
            BitcoinWriter sequences = new BitcoinWriter();
            for (int i = 0; i < inputs.size(); i++) {
                TxInput input = inputs.get(i);
                prevouts.bytes(input.previousTxid().internal()).uint32(input.outputIndex());
                amounts.int64(spent.get(i).amount());
                scripts.varBytes(spent.get(i).scriptPubKey());
                sequences.uint32(input.sequence());
            }
            message.bytes(BitcoinWriter.sha256(prevouts.toByteArray()))
                    .bytes(BitcoinWriter.sha256(amounts.toByteArray()))
                    .bytes(BitcoinWriter.sha256(scripts.toByteArray()))
                    .bytes(BitcoinWriter.sha256(sequences.toByteArray()));
        }
        if (base != NONE && base != SINGLE) {
            BitcoinWriter all = new BitcoinWriter();
            outputs.forEach(all::output);
            message.bytes(BitcoinWriter.sha256(all.toByteArray()));
        }
        message.uint8(0x00);
        if (anyoneCanPay) {
            TxInput input = inputs.get(index);
            message.bytes(input.previousTxid().internal())
                    .uint32(input.outputIndex())
                    .output(spent.get(index))
                    .uint32(input.sequence());
        } else {
            message.uint32(index);
        }
        if (base == SINGLE) {
            if (index >= outputs.size()) {
                throw new DecodingException("SIGHASH_SINGLE for input " + index + " but the transaction has only "
                        + outputs.size() + " outputs");
            }
            message.bytes(BitcoinWriter.sha256(
                    new BitcoinWriter().output(outputs.get(index)).toByteArray()));
        }
        return BitcoinWriter.taggedHash("TapSighash", message.toByteArray());
    }
}
