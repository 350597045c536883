package dev.custos.chain.bitcoin;

import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_AMOUNT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_BIP32_DERIVATION;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_REDEEM_SCRIPT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_SCRIPT;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_TAP_BIP32_DERIVATION;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_TAP_INTERNAL_KEY;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_TAP_TREE;
import static dev.custos.chain.bitcoin.PsbtKeyTypes.PSBT_OUT_WITNESS_SCRIPT;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Interprets one output map. */
final class OutputMap {
    private OutputMap() {}

    static PsbtOutput read(List<PsbtEntry> entries, String map, int version, Optional<TxOutput> unsigned)
            throws DecodingException {
        Long amount = null;
        byte[] script = null;
        List<KeyDerivation> derivations = new ArrayList<>();
        List<PsbtEntry> unknown = new ArrayList<>();
        for (PsbtEntry entry : entries) {
            long type = entry.keyType();
            if ((type == PSBT_OUT_AMOUNT || type == PSBT_OUT_SCRIPT) && version == 0) {
                throw new DecodingException(
                        Fields.name(map, entry) + " is a BIP370 field, not allowed in a version 0 PSBT",
                        entry.offset());
            }
            switch ((int) Math.min(type, 0xff)) {
                case PSBT_OUT_REDEEM_SCRIPT, PSBT_OUT_WITNESS_SCRIPT -> Fields.keyLength(map, entry, 0);
                case PSBT_OUT_BIP32_DERIVATION -> {
                    Fields.keyLength(map, entry, 33, 65);
                    derivations.add(Fields.derivation(map, entry, entry.keyData(), Fields.reader(entry)));
                }
                case PSBT_OUT_AMOUNT -> {
                    Fields.keyLength(map, entry, 0);
                    Fields.valueLength(map, entry, 8);
                    long value = Fields.reader(entry).readInt64(Fields.name(map, entry));
                    if (value < 0 || value > TxOutput.MAX_MONEY) {
                        throw new DecodingException(map + " amount is out of range: " + value, entry.offset());
                    }
                    amount = value;
                }
                case PSBT_OUT_SCRIPT -> {
                    Fields.keyLength(map, entry, 0);
                    script = entry.value();
                }
                case PSBT_OUT_TAP_INTERNAL_KEY -> {
                    Fields.keyLength(map, entry, 0);
                    Fields.valueLength(map, entry, 32);
                }
                case PSBT_OUT_TAP_TREE -> Fields.keyLength(map, entry, 0);
                case PSBT_OUT_TAP_BIP32_DERIVATION -> {
                    Fields.keyLength(map, entry, 32);
                    derivations.add(InputMap.tapDerivation(map, entry));
                }
                default -> unknown.add(entry);
            }
        }
        if (unsigned.isPresent()) {
            TxOutput tx = unsigned.get();
            return new PsbtOutput(tx.amount(), new Script(tx.scriptPubKey()), derivations, unknown);
        }
        if (amount == null || script == null) {
            throw new DecodingException(map + " of a version 2 PSBT needs PSBT_OUT_AMOUNT and PSBT_OUT_SCRIPT");
        }
        return new PsbtOutput(amount, new Script(script), derivations, unknown);
    }
}
