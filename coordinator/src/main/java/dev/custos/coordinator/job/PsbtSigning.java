package dev.custos.coordinator.job;

import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.taproot.Taproot;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.PsbtInputPayload;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Signs a PSBT's inputs for a Taproot wallet: one signing job per input that spends the wallet's key-path output, each
 * over the unchanged PSBT with that input's index (every node derives the input's sighash itself), then finalizes those
 * inputs with their BIP340 signatures and extracts the transaction when no input is left open. Other inputs are
 * skipped and reported.
 */
final class PsbtSigning {
    private PsbtSigning() {}

    static CompletableFuture<SignedPsbt> sign(
            Wallet wallet,
            byte[] psbt,
            SignRequest template,
            Function<SignRequest, CompletableFuture<SigningResult>> signer) {
        if (wallet.scheme() != Scheme.FROST_SECP256K1_TR) {
            throw new IllegalArgumentException("PSBTs are signed by Taproot wallets, not " + wallet.scheme());
        }
        PsbtSpend spend;
        byte[] outputKey;
        try {
            spend = PsbtSpend.parse(psbt);
            outputKey = Taproot.outputKey(Ciphersuites.secp256k1Taproot().decodePublicKey(wallet.publicKey()), null)
                    .publicKeyBytes();
        } catch (DecodingException | InvalidEncodingException e) {
            throw Results.failed(FailureKind.REFUSED, Optional.empty(), "not signable: " + e.getMessage());
        }
        List<Integer> signed = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<Integer> ours = spend.inputsSpending(outputKey);
        for (int i = 0; i < spend.psbt().inputs().size(); i++) {
            if (ours.contains(i) && !spend.isFinalized(i)) {
                signed.add(i);
            } else {
                skipped.add(i);
            }
        }
        if (signed.isEmpty()) {
            throw Results.failed(
                    FailureKind.REFUSED,
                    Optional.empty(),
                    "no open input of the PSBT spends the wallet's Taproot output " + hex(outputKey));
        }
        CompletableFuture<PsbtSpend> result = CompletableFuture.completedFuture(spend);
        for (int index : signed) {
            SignRequest request = new SignRequest(
                    new PsbtInputPayload(index, psbt).typed(),
                    template.approvals(),
                    template.verdict(),
                    Optional.empty());
            result = result.thenCompose(current -> signer.apply(request).thenApply(signature -> {
                try {
                    return current.withKeyPathSignature(index, signature.signature());
                } catch (DecodingException e) {
                    throw Results.failed(
                            FailureKind.PROTOCOL, Optional.empty(), "cannot finalize input " + index + ": " + e);
                }
            }));
        }
        return result.thenApply(finished -> {
            Optional<byte[]> transaction;
            try {
                transaction = Optional.of(finished.extract());
            } catch (DecodingException e) {
                transaction = Optional.empty();
            }
            return new SignedPsbt(wallet.id(), finished.serialize(), transaction, signed, skipped);
        });
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
