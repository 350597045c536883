package dev.custos.ecdsa.demo;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.signature.EcdsaSignature;
import java.util.List;

/**
 * The outcome of {@link EcdsaDemo#run}: who signed, the 33-byte compressed group public key, its EIP-55 Ethereum
 * address, and the low-S signature with recovery id.
 */
public record DemoResult(
        List<Identifier> signers, byte[] publicKey, String address, EcdsaSignature signature, byte[] messageHash) {
    public DemoResult {
        requireNonNull(signers, "signers is null");
        requireNonNull(publicKey, "publicKey is null");
        requireNonNull(address, "address is null");
        requireNonNull(signature, "signature is null");
        requireNonNull(messageHash, "messageHash is null");
        signers = List.copyOf(signers);
        publicKey = publicKey.clone();
        messageHash = messageHash.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] messageHash() {
        return messageHash.clone();
    }
}
