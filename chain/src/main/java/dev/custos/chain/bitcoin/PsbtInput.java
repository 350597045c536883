package dev.custos.chain.bitcoin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One PSBT input, with the fields Custos reads; other known fields are checked for shape only, unknown ones are kept.
 *
 * @param previousTxid the spent transaction
 * @param outputIndex the spent output index
 * @param sequence the sequence number
 * @param witnessUtxo the spent output (segwit inputs)
 * @param nonWitnessUtxo the whole spent transaction, whose txid matches {@code previousTxid}
 * @param redeemScript the P2SH redeem script
 * @param witnessScript the P2WSH witness script
 * @param derivations BIP32 derivations of the keys involved (ECDSA and Taproot)
 * @param partialSignatures the number of partial signatures (ECDSA and Taproot)
 * @param finalized whether a final scriptSig or script witness is present
 * @param requiredTimeLockTime the BIP370 required time lock, when present
 * @param requiredHeightLockTime the BIP370 required height lock, when present
 * @param unknown entries of unknown or proprietary type
 */
public record PsbtInput(
        Txid previousTxid,
        long outputIndex,
        long sequence,
        Optional<TxOutput> witnessUtxo,
        Optional<BitcoinTransaction> nonWitnessUtxo,
        Optional<Script> redeemScript,
        Optional<Script> witnessScript,
        List<KeyDerivation> derivations,
        int partialSignatures,
        boolean finalized,
        Optional<Long> requiredTimeLockTime,
        Optional<Long> requiredHeightLockTime,
        List<PsbtEntry> unknown) {
    public PsbtInput {
        Objects.requireNonNull(previousTxid, "previousTxid is null");
        Objects.requireNonNull(witnessUtxo, "witnessUtxo is null");
        Objects.requireNonNull(nonWitnessUtxo, "nonWitnessUtxo is null");
        Objects.requireNonNull(redeemScript, "redeemScript is null");
        Objects.requireNonNull(witnessScript, "witnessScript is null");
        Objects.requireNonNull(requiredTimeLockTime, "requiredTimeLockTime is null");
        Objects.requireNonNull(requiredHeightLockTime, "requiredHeightLockTime is null");
        derivations = List.copyOf(Objects.requireNonNull(derivations, "derivations is null"));
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown is null"));
    }

    /** The spent output: the witness UTXO, or the non-witness UTXO's output at {@code outputIndex}. */
    public Optional<TxOutput> spentOutput() {
        if (witnessUtxo.isPresent()) {
            return witnessUtxo;
        }
        return nonWitnessUtxo.map(transaction -> transaction.outputs().get((int) outputIndex));
    }
}
