package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.WalletId;
import java.util.List;
import java.util.Optional;

/**
 * A PSBT whose wallet inputs the engine signed and finalized.
 *
 * @param wallet the wallet
 * @param psbt the PSBT with the wallet's inputs finalized (BIP174 serialization)
 * @param transaction the signed transaction, when every input is finalized (other inputs may await other signers)
 * @param signed the inputs the wallet signed, in order
 * @param skipped the inputs left alone: they do not spend the wallet's Taproot output, or were finalized already
 */
public record SignedPsbt(
        WalletId wallet, byte[] psbt, Optional<byte[]> transaction, List<Integer> signed, List<Integer> skipped) {
    public SignedPsbt {
        requireNonNull(wallet, "wallet is null");
        psbt = psbt.clone();
        transaction = transaction.map(byte[]::clone);
        signed = List.copyOf(signed);
        skipped = List.copyOf(skipped);
    }

    @Override
    public byte[] psbt() {
        return psbt.clone();
    }

    @Override
    public Optional<byte[]> transaction() {
        return transaction.map(byte[]::clone);
    }
}
