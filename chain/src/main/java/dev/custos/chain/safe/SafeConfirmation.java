package dev.custos.chain.safe;

import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** An owner's confirmation as the Safe Transaction Service reports it: the claimed owner and the signature bytes. */
public record SafeConfirmation(Address owner, byte[] signature, Optional<String> signatureType) {
    public SafeConfirmation {
        Objects.requireNonNull(owner, "owner is null");
        Objects.requireNonNull(signature, "signature is null");
        Objects.requireNonNull(signatureType, "signatureType is null");
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeConfirmation that
                && owner.equals(that.owner)
                && Arrays.equals(signature, that.signature)
                && signatureType.equals(that.signatureType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, Arrays.hashCode(signature), signatureType);
    }

    @Override
    public String toString() {
        return "SafeConfirmation[owner=" + owner + ", signature=" + Hex.encode(signature) + ", signatureType="
                + signatureType + "]";
    }
}
