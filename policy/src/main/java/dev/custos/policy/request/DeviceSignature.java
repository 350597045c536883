package dev.custos.policy.request;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An Ed25519 signature (RFC 8032, pure) by the approver's device key over the 32-byte approval digest v2.
 *
 * @param signature 64 bytes
 */
public record DeviceSignature(byte[] signature) implements ApprovalProof {
    public static final int LENGTH = 64;

    public DeviceSignature {
        Objects.requireNonNull(signature, "signature is null");
        if (signature.length != LENGTH) {
            throw new IllegalArgumentException(
                    "a device key signature must be " + LENGTH + " bytes, got " + signature.length);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceSignature that && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "DeviceSignature[" + HexFormat.of().formatHex(signature, 0, 8) + "…]";
    }
}
