package dev.custos.chain.bitcoin;

import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_FALLBACK_LOCKTIME;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_INPUT_COUNT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_OUTPUT_COUNT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_TX_MODIFIABLE;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_TX_VERSION;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_UNSIGNED_TX;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_VERSION;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_GLOBAL_XPUB;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The interpreted global map. */
record GlobalMap(
        int version,
        Optional<BitcoinTransaction> unsignedTransaction,
        long transactionVersion,
        long lockTime,
        long inputCount,
        long outputCount,
        List<Long> xpubFingerprints,
        List<Long> xpubVersions,
        List<PsbtEntry> unknown) {
    private static final String MAP = "global";

    static GlobalMap read(List<PsbtEntry> entries) throws DecodingException {
        BitcoinTransaction unsigned = null;
        Long txVersion = null;
        Long fallbackLockTime = null;
        Long inputCount = null;
        Long outputCount = null;
        Long version = null;
        boolean modifiable = false;
        List<Long> fingerprints = new ArrayList<>();
        List<Long> xpubVersions = new ArrayList<>();
        List<PsbtEntry> unknown = new ArrayList<>();
        for (PsbtEntry entry : entries) {
            long type = entry.keyType();
            if (type == PSBT_GLOBAL_UNSIGNED_TX) {
                Fields.keyLength(MAP, entry, 0);
                try {
                    unsigned = BitcoinTransaction.parse(entry.value(), false, entry.offset());
                } catch (DecodingException e) {
                    throw new DecodingException("global unsigned transaction", e);
                }
                for (TxInput input : unsigned.inputs()) {
                    if (input.scriptSig().length != 0) {
                        throw new DecodingException(
                                "the unsigned transaction has an input with a non-empty scriptSig", entry.offset());
                    }
                }
            } else if (type == PSBT_GLOBAL_XPUB) {
                Fields.keyLength(MAP, entry, 78);
                byte[] key = entry.keyData();
                xpubVersions.add(
                        (key[0] & 0xffL) << 24 | (key[1] & 0xffL) << 16 | (key[2] & 0xffL) << 8 | (key[3] & 0xffL));
                fingerprints.add(
                        Fields.derivation(MAP, entry, key, Fields.reader(entry)).fingerprint());
            } else if (type == PSBT_GLOBAL_TX_VERSION) {
                Fields.keyLength(MAP, entry, 0);
                txVersion = Fields.uint32(MAP, entry);
            } else if (type == PSBT_GLOBAL_FALLBACK_LOCKTIME) {
                Fields.keyLength(MAP, entry, 0);
                fallbackLockTime = Fields.uint32(MAP, entry);
            } else if (type == PSBT_GLOBAL_INPUT_COUNT || type == PSBT_GLOBAL_OUTPUT_COUNT) {
                Fields.keyLength(MAP, entry, 0);
                ByteReader reader = Fields.reader(entry);
                long count = reader.readCompactSize(Fields.name(MAP, entry), Integer.MAX_VALUE);
                Fields.end(reader, Fields.name(MAP, entry));
                if (type == PSBT_GLOBAL_INPUT_COUNT) {
                    inputCount = count;
                } else {
                    outputCount = count;
                }
            } else if (type == PSBT_GLOBAL_TX_MODIFIABLE) {
                Fields.keyLength(MAP, entry, 0);
                Fields.valueLength(MAP, entry, 1);
                modifiable = true;
            } else if (type == PSBT_GLOBAL_VERSION) {
                Fields.keyLength(MAP, entry, 0);
                version = Fields.uint32(MAP, entry);
            } else {
                unknown.add(entry);
            }
        }
        long psbtVersion = version == null ? 0 : version;
        if (psbtVersion == 0) {
            if (unsigned == null) {
                throw new DecodingException("a version 0 PSBT needs the global unsigned transaction (0x00)");
            }
            if (txVersion != null
                    || fallbackLockTime != null
                    || inputCount != null
                    || outputCount != null
                    || modifiable) {
                throw new DecodingException("a version 0 PSBT must not have the BIP370 global fields 0x02 to 0x06");
            }
            return new GlobalMap(
                    0,
                    Optional.of(unsigned),
                    unsigned.version(),
                    unsigned.lockTime(),
                    unsigned.inputs().size(),
                    unsigned.outputs().size(),
                    fingerprints,
                    xpubVersions,
                    unknown);
        }
        if (psbtVersion != 2) {
            throw new DecodingException("unsupported PSBT version " + psbtVersion + " (0 and 2 are defined)");
        }
        if (unsigned != null) {
            throw new DecodingException("a version 2 PSBT must not have the global unsigned transaction (0x00)");
        }
        if (txVersion == null || inputCount == null || outputCount == null) {
            throw new DecodingException("a version 2 PSBT needs PSBT_GLOBAL_TX_VERSION, PSBT_GLOBAL_INPUT_COUNT and"
                    + " PSBT_GLOBAL_OUTPUT_COUNT");
        }
        if (txVersion < 2) {
            throw new DecodingException(
                    "PSBT_GLOBAL_TX_VERSION must be at least 2 in a version 2 PSBT, got " + txVersion);
        }
        return new GlobalMap(
                2,
                Optional.empty(),
                txVersion,
                fallbackLockTime == null ? 0 : fallbackLockTime,
                inputCount,
                outputCount,
                fingerprints,
                xpubVersions,
                unknown);
    }
}
