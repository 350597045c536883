package dev.custos.chain.safe;

import dev.custos.chain.ethereum.Address;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one confirmation against a safeTxHash.
 *
 * @param owner the owner the confirmation claims
 * @param kind the signature kind, from its v byte
 * @param signer the recovered signer (ECDSA kinds) or the address in r (contract and approved-hash kinds)
 * @param status whether the signature belongs to the claimed owner
 * @param detail a plain-language explanation
 */
public record ConfirmationCheck(
        Address owner, SignatureKind kind, Optional<Address> signer, Status status, String detail) {

    public enum Status {
        /** The signature recovers to the claimed owner. */
        VALID,
        /** The signature recovers to (or names) another address. */
        MISMATCH,
        /** The signature is malformed or recovers to no key. */
        INVALID,
        /** A contract signature or approved hash naming the claimed owner: only on-chain state can confirm it. */
        UNVERIFIABLE
    }

    public ConfirmationCheck {
        Objects.requireNonNull(owner, "owner is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(signer, "signer is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(detail, "detail is null");
    }

    /** True if this confirmation does not prove approval by its claimed owner for this payload. */
    public boolean isMismatch() {
        return status == Status.MISMATCH || status == Status.INVALID;
    }

    /** true/false where decidable offline; empty for contract signatures and approved hashes. */
    public Optional<Boolean> valid() {
        return status == Status.UNVERIFIABLE ? Optional.empty() : Optional.of(status == Status.VALID);
    }
}
