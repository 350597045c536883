package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates version 0 PSBTs (BIP174 creator and updater roles, segwit inputs): the unsigned transaction, each input's
 * witness UTXO and, where given, its sighash type. The result is checked by parsing it back.
 */
public final class PsbtCreator {
    private PsbtCreator() {}

    /**
     * A PSBT for {@code unsigned} whose input {@code i} spends {@code spent.get(i)}.
     *
     * @param unsigned the transaction, with empty scriptSigs
     * @param spent the witness UTXO of every input, in order
     * @param sighashTypes the sighash type of some inputs, by index (others get none)
     */
    public static PsbtSpend create(
            BitcoinTransaction unsigned, List<TxOutput> spent, Map<Integer, Integer> sighashTypes)
            throws DecodingException {
        Objects.requireNonNull(unsigned, "unsigned is null");
        Objects.requireNonNull(spent, "spent is null");
        Objects.requireNonNull(sighashTypes, "sighashTypes is null");
        if (spent.size() != unsigned.inputs().size()) {
            throw new IllegalArgumentException(
                    unsigned.inputs().size() + " inputs but " + spent.size() + " witness UTXOs");
        }
        List<PsbtEntry> global = List.of(new PsbtEntry(
                PsbtKeyTypes.PSBT_GLOBAL_UNSIGNED_TX, new byte[0], unsigned.serializeWithoutWitness(), 0));
        List<List<PsbtEntry>> inputs = new ArrayList<>();
        for (int i = 0; i < spent.size(); i++) {
            List<PsbtEntry> map = new ArrayList<>();
            map.add(new PsbtEntry(
                    PsbtKeyTypes.PSBT_IN_WITNESS_UTXO,
                    new byte[0],
                    new BitcoinWriter().output(spent.get(i)).toByteArray(),
                    0));
            Integer type = sighashTypes.get(i);
            if (type != null) {
                map.add(new PsbtEntry(
                        PsbtKeyTypes.PSBT_IN_SIGHASH_TYPE,
                        new byte[0],
                        new BitcoinWriter().uint32(type).toByteArray(),
                        0));
            }
            inputs.add(map);
        }
        List<List<PsbtEntry>> outputs = new ArrayList<>();
        unsigned.outputs().forEach(output -> outputs.add(List.of()));
        return PsbtSpend.parse(new PsbtMaps(global, inputs, outputs).serialize());
    }
}
