package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.WalletId;
import java.util.List;
import java.util.Optional;

/**
 * A signature the engine assembled and verified under the wallet's key.
 *
 * @param wallet the wallet
 * @param message what was signed (ECDSA: the 32-byte hash; FROST: the message)
 * @param signature ECDSA: {@code r ‖ s ‖ v} (65 bytes, low S, {@code v} in {0, 1}); FROST: the suite's signature
 *     encoding (64 bytes for Ed25519 and BIP340)
 * @param signedTransaction the signed raw Ethereum transaction, for an Ethereum payload
 * @param signers the nodes that signed
 * @param attempts how many attempts it took
 */
public record SigningResult(
        WalletId wallet,
        byte[] message,
        byte[] signature,
        Optional<byte[]> signedTransaction,
        List<String> signers,
        int attempts) {
    public SigningResult {
        requireNonNull(wallet, "wallet is null");
        message = message.clone();
        signature = signature.clone();
        signedTransaction = signedTransaction.map(byte[]::clone);
        signers = List.copyOf(signers);
    }

    @Override
    public byte[] message() {
        return message.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public Optional<byte[]> signedTransaction() {
        return signedTransaction.map(byte[]::clone);
    }
}
