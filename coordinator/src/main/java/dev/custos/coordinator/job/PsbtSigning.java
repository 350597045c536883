package dev.custos.coordinator.job;

import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.Script;
import dev.custos.chain.bitcoin.SegwitV0Sighash;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.taproot.Taproot;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.PsbtInputPayload;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Signs a PSBT's inputs for a wallet: one signing job per input that spends the wallet's own output (a Taproot wallet's
 * key-path output, an ECDSA wallet's P2WPKH output), each over the unchanged PSBT with that input's index (every node
 * derives the input's sighash itself), then finalizes those inputs (BIP340 signature, or DER signature and public key)
 * and extracts the transaction when no input is left open. Other inputs are skipped and reported.
 */
final class PsbtSigning {
    private PsbtSigning() {}

    static CompletableFuture<SignedPsbt> sign(
            Wallet wallet,
            byte[] psbt,
            String requestId,
            String initiator,
            List<Approval> approvals,
            Optional<DetectionVerdict> verdict,
            Function<SignRequest, CompletableFuture<SigningResult>> signer) {
        PsbtSpend spend;
        Script own;
        try {
            spend = PsbtSpend.parse(psbt);
            own = ownScript(wallet);
        } catch (DecodingException | InvalidEncodingException e) {
            throw Results.failed(FailureKind.REFUSED, Optional.empty(), "not signable: " + e.getMessage());
        }
        List<Integer> signed = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<Integer> ours = spend.inputsSpending(own);
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
                    "no open input of the PSBT spends the wallet's output " + own);
        }
        CompletableFuture<PsbtSpend> result = CompletableFuture.completedFuture(spend);
        for (int index : signed) {
            SignRequest request =
                    SignRequest.of(new PsbtInputPayload(index, psbt).typed(), requestId, initiator, approvals, verdict);
            result = result.thenCompose(current -> signer.apply(request).thenApply(signature -> {
                try {
                    return finalizeInput(wallet, current, index, signature.signature());
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

    /** The locking script of the wallet's own outputs. */
    private static Script ownScript(Wallet wallet) throws InvalidEncodingException {
        return switch (wallet.scheme()) {
            case FROST_SECP256K1_TR ->
                new Script(PsbtSpend.p2trScript(
                        Taproot.outputKey(Ciphersuites.secp256k1Taproot().decodePublicKey(wallet.publicKey()), null)
                                .publicKeyBytes()));
            case ECDSA_SECP256K1 -> new Script(SegwitV0Sighash.p2wpkhScript(wallet.publicKey()));
            case FROST_ED25519 ->
                throw new IllegalArgumentException("an Ed25519 wallet has no Bitcoin outputs: " + wallet.id());
        };
    }

    private static PsbtSpend finalizeInput(Wallet wallet, PsbtSpend current, int index, byte[] signature)
            throws DecodingException {
        if (wallet.scheme() == Scheme.ECDSA_SECP256K1) {
            BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
            return current.withP2wpkhSignature(index, SegwitV0Sighash.der(r, s), wallet.publicKey());
        }
        return current.withKeyPathSignature(index, signature);
    }
}
