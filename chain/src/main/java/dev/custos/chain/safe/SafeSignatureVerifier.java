package dev.custos.chain.safe;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.PublicKeyRecovery;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks Safe owner signatures ({@code r || s || v}, 65 bytes) against a safeTxHash the way {@code checkSignatures}
 * does: v = 27/28 is ECDSA over the hash; v = 31/32 is eth_sign (ECDSA with v − 4 over the prefixed hash); v = 0
 * (contract signature) and v = 1 (approved hash) name their owner in r and cannot be verified offline.
 */
public final class SafeSignatureVerifier {
    private static final int SIGNATURE_LENGTH = 65;
    private static final byte[] ETH_SIGN_PREFIX = "\u0019Ethereum Signed Message:\n32".getBytes(StandardCharsets.UTF_8);

    private SafeSignatureVerifier() {}

    public static ConfirmationCheck check(Hash32 safeTxHash, SafeConfirmation confirmation) {
        Objects.requireNonNull(safeTxHash, "safeTxHash is null");
        Objects.requireNonNull(confirmation, "confirmation is null");
        Address owner = confirmation.owner();
        byte[] signature = confirmation.signature();
        if (signature.length < SIGNATURE_LENGTH) {
            return invalid(owner, "signature is " + signature.length + " bytes; 65 expected");
        }
        byte[] r = Arrays.copyOfRange(signature, 0, 32);
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        int v = signature[64] & 0xff;
        return switch (v) {
            case 0 -> ownerInR(owner, r, SignatureKind.CONTRACT, "EIP-1271 contract signature");
            case 1 -> ownerInR(owner, r, SignatureKind.APPROVED_HASH, "approved hash");
            case 27, 28 -> recover(owner, signature, safeTxHash.bytes(), r, s, v - 27, SignatureKind.EOA);
            case 31, 32 ->
                recover(
                        owner,
                        signature,
                        Hash32.keccak(ETH_SIGN_PREFIX, safeTxHash.bytes()).bytes(),
                        r,
                        s,
                        v - 31,
                        SignatureKind.ETH_SIGN);
            default -> invalid(owner, "v = " + v + " is not a Safe signature type (0, 1, 27, 28, 31 or 32)");
        };
    }

    private static ConfirmationCheck recover(
            Address owner, byte[] signature, byte[] hash, byte[] r, BigInteger s, int recoveryId, SignatureKind kind) {
        if (signature.length != SIGNATURE_LENGTH) {
            return invalid(owner, "an ECDSA signature is 65 bytes, got " + signature.length);
        }
        Optional<Address> signer = PublicKeyRecovery.recoverAddress(hash, new BigInteger(1, r), s, recoveryId);
        if (signer.isEmpty()) {
            return new ConfirmationCheck(
                    owner, kind, signer, ConfirmationCheck.Status.INVALID, "signature recovers to no public key");
        }
        if (signer.get().equals(owner)) {
            return new ConfirmationCheck(
                    owner, kind, signer, ConfirmationCheck.Status.VALID, "signed by the claimed owner");
        }
        return new ConfirmationCheck(
                owner,
                kind,
                signer,
                ConfirmationCheck.Status.MISMATCH,
                "claimed owner " + owner + " but the signature recovers to " + signer.get() + " for this payload");
    }

    private static ConfirmationCheck ownerInR(Address owner, byte[] r, SignatureKind kind, String description) {
        for (int i = 0; i < 12; i++) {
            if (r[i] != 0) {
                return new ConfirmationCheck(
                        owner,
                        kind,
                        Optional.empty(),
                        ConfirmationCheck.Status.INVALID,
                        description + " with a malformed owner field (r is not an address)");
            }
        }
        Address named = Address.of(Arrays.copyOfRange(r, 12, 32));
        if (!named.equals(owner)) {
            return new ConfirmationCheck(
                    owner,
                    kind,
                    Optional.of(named),
                    ConfirmationCheck.Status.MISMATCH,
                    description + " names " + named + ", not the claimed owner " + owner);
        }
        return new ConfirmationCheck(
                owner,
                kind,
                Optional.of(named),
                ConfirmationCheck.Status.UNVERIFIABLE,
                description + ": cannot be verified offline (needs on-chain state)");
    }

    private static ConfirmationCheck invalid(Address owner, String detail) {
        return new ConfirmationCheck(
                owner, SignatureKind.MALFORMED, Optional.empty(), ConfirmationCheck.Status.INVALID, detail);
    }
}
