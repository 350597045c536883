package dev.custos.coordinator.job;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.ethereum.TransactionSignature;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SignatureCombiner;
import dev.custos.ecdsa.sign.SignatureShare;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.protocol.Parties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines the signers' ECDSA shares into a low-S signature, checks it twice (the combiner verifies it under the
 * wallet's key; public-key recovery with its recovery id must give the wallet's key back), and for an Ethereum payload
 * attaches it to the transaction, whose sender must then recover to the wallet's address.
 */
final class EcdsaAssembly {
    private EcdsaAssembly() {}

    static SigningResult assemble(
            Wallet wallet,
            Element publicKey,
            PresignatureInfo info,
            byte[] hash,
            Map<String, Outcome.SignatureShare> reported,
            TypedPayload payload,
            int attempt) {
        Parties parties = new Parties(wallet.holders());
        List<SignatureShare> shares = new ArrayList<>();
        for (Map.Entry<String, Outcome.SignatureShare> entry : reported.entrySet()) {
            String node = entry.getKey();
            SignatureShare share;
            try {
                share = SignatureShare.decode(entry.getValue().share());
            } catch (InvalidEncodingException e) {
                throw Results.failed(
                        FailureKind.PROTOCOL, Optional.of(node), "its share does not decode: " + e.getMessage());
            }
            if (!share.from().equals(parties.ecdsa(node))) {
                throw Results.failed(FailureKind.PROTOCOL, Optional.of(node), "its share names " + share.from());
            }
            shares.add(share);
        }
        EcdsaSignature signature;
        try {
            signature = SignatureCombiner.combine(info, hash, shares);
        } catch (EcdsaException e) {
            Optional<String> culprit = e.culprits().stream().map(parties::label).findFirst();
            throw Results.failed(FailureKind.PROTOCOL, culprit, "the shares do not combine: " + e.getMessage());
        }
        if (signature.recoveryId() > 1
                || !signature.recoverPublicKey(hash).map(publicKey::equals).orElse(false)) {
            throw Results.failed(
                    FailureKind.PROTOCOL, Optional.empty(), "the signature does not recover to the wallet key");
        }
        byte[] encoded = new byte[65];
        System.arraycopy(signature.toCompact(), 0, encoded, 0, 64);
        encoded[64] = (byte) signature.recoveryId();
        Optional<byte[]> signedTransaction = payload.type() == PayloadType.ETHEREUM_RAW_TX
                ? Optional.of(signedTransaction(payload.bytes(), signature, publicKey))
                : Optional.empty();
        return new SigningResult(
                wallet.id(),
                hash,
                encoded,
                signedTransaction,
                reported.keySet().stream().toList(),
                attempt);
    }

    private static byte[] signedTransaction(byte[] raw, EcdsaSignature signature, Element publicKey) {
        EthereumTransaction signed;
        try {
            signed = SignedTransactions.withSignature(
                    TransactionDecoder.decode(raw),
                    new TransactionSignature(
                            signature.recoveryId(),
                            signature.r().toBigInteger(),
                            signature.s().toBigInteger()));
        } catch (DecodingException e) {
            throw Results.failed(FailureKind.REFUSED, Optional.empty(), "the payload is not a transaction: " + e);
        }
        Address expected = PublicKeyRecovery.addressOf(publicKey);
        if (!signed.sender().map(expected::equals).orElse(false)) {
            throw Results.failed(
                    FailureKind.PROTOCOL, Optional.empty(), "the signed transaction's sender is not the wallet");
        }
        return signed.encode();
    }
}
