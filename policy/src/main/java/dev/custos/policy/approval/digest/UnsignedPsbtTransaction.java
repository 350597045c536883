package dev.custos.policy.approval.digest;

import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.bitcoin.Psbt;
import dev.custos.chain.bitcoin.PsbtInput;
import dev.custos.chain.bitcoin.PsbtOutput;
import dev.custos.chain.bitcoin.TxInput;
import dev.custos.chain.bitcoin.TxOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unsigned transaction a PSBT describes: version, inputs (outpoint, empty scriptSig, sequence), outputs and lock
 * time. For a version 0 PSBT this is its global unsigned transaction; for version 2 the lock time is chosen as BIP370
 * says.
 */
final class UnsignedPsbtTransaction {
    private UnsignedPsbtTransaction() {}

    static BitcoinTransaction of(Psbt psbt) {
        List<TxInput> inputs = new ArrayList<>();
        for (PsbtInput input : psbt.inputs()) {
            inputs.add(new TxInput(input.previousTxid(), input.outputIndex(), new byte[0], input.sequence()));
        }
        List<TxOutput> outputs = new ArrayList<>();
        for (PsbtOutput output : psbt.outputs()) {
            outputs.add(new TxOutput(output.amount(), output.script().bytes()));
        }
        return new BitcoinTransaction(psbt.transactionVersion(), inputs, outputs, lockTime(psbt), false);
    }

    /**
     * BIP370: without required lock times, the fallback; else the kind every input that names one supports (height
     * when both are possible), at its maximum.
     */
    static long lockTime(Psbt psbt) {
        boolean anyRequired = false;
        boolean heightPossible = true;
        boolean timePossible = true;
        long maxHeight = 0;
        long maxTime = 0;
        for (PsbtInput input : psbt.inputs()) {
            Optional<Long> height = input.requiredHeightLockTime();
            Optional<Long> time = input.requiredTimeLockTime();
            if (height.isEmpty() && time.isEmpty()) {
                continue;
            }
            anyRequired = true;
            heightPossible &= height.isPresent();
            timePossible &= time.isPresent();
            maxHeight = Math.max(maxHeight, height.orElse(0L));
            maxTime = Math.max(maxTime, time.orElse(0L));
        }
        if (!anyRequired) {
            return psbt.lockTime();
        }
        if (heightPossible) {
            return maxHeight;
        }
        if (timePossible) {
            return maxTime;
        }
        throw new IllegalArgumentException(
                "the PSBT's inputs require both a height and a time lock, which no lock time satisfies");
    }
}
