package dev.custos.chain.bitcoin;

import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_BIP32_DERIVATION;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_FINAL_SCRIPTSIG;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_FINAL_SCRIPTWITNESS;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_HASH160;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_HASH256;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_NON_WITNESS_UTXO;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_OUTPUT_INDEX;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_PARTIAL_SIG;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_PREVIOUS_TXID;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_REDEEM_SCRIPT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_REQUIRED_HEIGHT_LOCKTIME;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_REQUIRED_TIME_LOCKTIME;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_RIPEMD160;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_SEQUENCE;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_SHA256;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_SIGHASH_TYPE;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_TAP_BIP32_DERIVATION;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_TAP_INTERNAL_KEY;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_TAP_KEY_SIG;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_TAP_LEAF_SCRIPT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_TAP_MERKLE_ROOT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_TAP_SCRIPT_SIG;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_WITNESS_SCRIPT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_IN_WITNESS_UTXO;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Interprets one input map. */
final class InputMap {
    private static final long LOCKTIME_THRESHOLD = 500_000_000L;

    private InputMap() {}

    static PsbtInput read(List<PsbtEntry> entries, String map, int version, Optional<TxInput> unsigned)
            throws DecodingException {
        TxOutput witnessUtxo = null;
        BitcoinTransaction nonWitnessUtxo = null;
        Script redeemScript = null;
        Script witnessScript = null;
        List<KeyDerivation> derivations = new ArrayList<>();
        int signatures = 0;
        boolean finalized = false;
        byte[] previousTxid = null;
        Long outputIndex = null;
        Long sequence = null;
        Long requiredTime = null;
        Long requiredHeight = null;
        List<PsbtEntry> unknown = new ArrayList<>();
        for (PsbtEntry entry : entries) {
            long type = entry.keyType();
            if (type >= PSBT_IN_PREVIOUS_TXID && type <= PSBT_IN_REQUIRED_HEIGHT_LOCKTIME && version == 0) {
                throw new DecodingException(
                        Fields.name(map, entry) + " is a BIP370 field, not allowed in a version 0 PSBT",
                        entry.offset());
            }
            switch ((int) Math.min(type, 0xff)) {
                case PSBT_IN_NON_WITNESS_UTXO -> {
                    Fields.keyLength(map, entry, 0);
                    try {
                        nonWitnessUtxo = BitcoinTransaction.parse(entry.value(), true, entry.offset());
                    } catch (DecodingException e) {
                        throw new DecodingException(map + " non-witness UTXO", e);
                    }
                }
                case PSBT_IN_WITNESS_UTXO -> {
                    Fields.keyLength(map, entry, 0);
                    witnessUtxo = Fields.witnessUtxo(map, entry);
                }
                case PSBT_IN_PARTIAL_SIG -> {
                    Fields.keyLength(map, entry, 33, 65);
                    signatures++;
                }
                case PSBT_IN_SIGHASH_TYPE -> {
                    Fields.keyLength(map, entry, 0);
                    Fields.uint32(map, entry);
                }
                case PSBT_IN_REDEEM_SCRIPT -> {
                    Fields.keyLength(map, entry, 0);
                    redeemScript = new Script(entry.value());
                }
                case PSBT_IN_WITNESS_SCRIPT -> {
                    Fields.keyLength(map, entry, 0);
                    witnessScript = new Script(entry.value());
                }
                case PSBT_IN_BIP32_DERIVATION -> {
                    Fields.keyLength(map, entry, 33, 65);
                    derivations.add(Fields.derivation(map, entry, entry.keyData(), Fields.reader(entry)));
                }
                case PSBT_IN_FINAL_SCRIPTSIG -> {
                    Fields.keyLength(map, entry, 0);
                    finalized = true;
                }
                case PSBT_IN_FINAL_SCRIPTWITNESS -> {
                    Fields.keyLength(map, entry, 0);
                    ByteReader reader = Fields.reader(entry);
                    WitnessStack.read(reader, Fields.name(map, entry));
                    Fields.end(reader, Fields.name(map, entry));
                    finalized = true;
                }
                case PSBT_IN_RIPEMD160, PSBT_IN_HASH160 -> Fields.keyLength(map, entry, 20);
                case PSBT_IN_SHA256, PSBT_IN_HASH256 -> Fields.keyLength(map, entry, 32);
                case PSBT_IN_PREVIOUS_TXID -> {
                    Fields.keyLength(map, entry, 0);
                    Fields.valueLength(map, entry, 32);
                    previousTxid = entry.value();
                }
                case PSBT_IN_OUTPUT_INDEX -> {
                    Fields.keyLength(map, entry, 0);
                    outputIndex = Fields.uint32(map, entry);
                }
                case PSBT_IN_SEQUENCE -> {
                    Fields.keyLength(map, entry, 0);
                    sequence = Fields.uint32(map, entry);
                }
                case PSBT_IN_REQUIRED_TIME_LOCKTIME -> {
                    Fields.keyLength(map, entry, 0);
                    requiredTime = Fields.uint32(map, entry);
                    if (requiredTime < LOCKTIME_THRESHOLD) {
                        throw new DecodingException(
                                map + " required time lock " + requiredTime + " is below 500000000", entry.offset());
                    }
                }
                case PSBT_IN_REQUIRED_HEIGHT_LOCKTIME -> {
                    Fields.keyLength(map, entry, 0);
                    requiredHeight = Fields.uint32(map, entry);
                    if (requiredHeight == 0 || requiredHeight >= LOCKTIME_THRESHOLD) {
                        throw new DecodingException(
                                map + " required height lock " + requiredHeight + " is not in [1, 500000000)",
                                entry.offset());
                    }
                }
                case PSBT_IN_TAP_KEY_SIG -> {
                    Fields.keyLength(map, entry, 0);
                    Fields.valueLength(map, entry, 64, 65);
                    signatures++;
                }
                case PSBT_IN_TAP_SCRIPT_SIG -> {
                    Fields.keyLength(map, entry, 64);
                    Fields.valueLength(map, entry, 64, 65);
                    signatures++;
                }
                case PSBT_IN_TAP_LEAF_SCRIPT -> {
                    int length = entry.keyData().length;
                    if (length < 33 || (length - 33) % 32 != 0 || length > 33 + 128 * 32) {
                        throw new DecodingException(
                                Fields.name(map, entry) + " has an invalid control block length " + length,
                                entry.offset());
                    }
                }
                case PSBT_IN_TAP_BIP32_DERIVATION -> {
                    Fields.keyLength(map, entry, 32);
                    derivations.add(tapDerivation(map, entry));
                }
                case PSBT_IN_TAP_INTERNAL_KEY, PSBT_IN_TAP_MERKLE_ROOT -> {
                    Fields.keyLength(map, entry, 0);
                    Fields.valueLength(map, entry, 32);
                }
                default -> unknown.add(entry);
            }
        }
        Optional<TxOutput> witness = Optional.ofNullable(witnessUtxo);
        Optional<Script> redeem = Optional.ofNullable(redeemScript);
        Optional<Script> witnessProgram = Optional.ofNullable(witnessScript);
        Optional<Long> time = Optional.ofNullable(requiredTime);
        Optional<Long> height = Optional.ofNullable(requiredHeight);
        PsbtInput input;
        if (unsigned.isPresent()) {
            TxInput tx = unsigned.get();
            input = new PsbtInput(
                    tx.previousTxid(),
                    tx.outputIndex(),
                    tx.sequence(),
                    witness,
                    Optional.ofNullable(nonWitnessUtxo),
                    redeem,
                    witnessProgram,
                    derivations,
                    signatures,
                    finalized,
                    time,
                    height,
                    unknown);
        } else {
            if (previousTxid == null || outputIndex == null) {
                throw new DecodingException(
                        map + " of a version 2 PSBT needs PSBT_IN_PREVIOUS_TXID and" + " PSBT_IN_OUTPUT_INDEX");
            }
            input = new PsbtInput(
                    Txid.fromInternal(previousTxid),
                    outputIndex,
                    sequence == null ? 0xffffffffL : sequence,
                    witness,
                    Optional.ofNullable(nonWitnessUtxo),
                    redeem,
                    witnessProgram,
                    derivations,
                    signatures,
                    finalized,
                    time,
                    height,
                    unknown);
        }
        if (nonWitnessUtxo != null) {
            if (!nonWitnessUtxo.txid().equals(input.previousTxid())) {
                throw new DecodingException(map + " non-witness UTXO has txid " + nonWitnessUtxo.txid()
                        + " but the input spends " + input.previousTxid());
            }
            if (input.outputIndex() >= nonWitnessUtxo.outputs().size()) {
                throw new DecodingException(
                        map + " spends output " + input.outputIndex() + " but its non-witness UTXO has "
                                + nonWitnessUtxo.outputs().size() + " outputs");
            }
        }
        return input;
    }

    /** A Taproot BIP32 value: leaf hashes (skipped), then fingerprint and path. */
    static KeyDerivation tapDerivation(String map, PsbtEntry entry) throws DecodingException {
        ByteReader reader = Fields.reader(entry);
        long leaves = reader.readCompactSize(Fields.name(map, entry) + " leaf hash count", reader.remaining() / 32);
        reader.read(32 * leaves, Fields.name(map, entry) + " leaf hashes");
        return Fields.derivation(map, entry, entry.keyData(), reader);
    }
}
