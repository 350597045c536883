package dev.custos.ecdsa.ot;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.Arrays;

/**
 * The base-OT sender's challenge of the verification phase: {@code ξ_k = H(H(ρ0_k)) ⊕ H(H(ρ1_k))} for every OT,
 * {@link BaseOt#COUNT} × 32 bytes.
 */
public record BaseOtChallenge(byte[] challenges) {
    public BaseOtChallenge {
        challenges = PadHashes.checkedVector(challenges, "challenges");
    }

    @Override
    public byte[] challenges() {
        return challenges.clone();
    }

    /** Whether any entry {@code ξ_k} is all zero bytes (public data: the challenge travels in clear). */
    public boolean hasZeroEntry() {
        for (int k = 0; k < BaseOt.COUNT; k++) {
            boolean zero = true;
            for (int i = 0; i < PadHashes.LENGTH; i++) {
                zero &= challenges[k * PadHashes.LENGTH + i] == 0;
            }
            if (zero) {
                return true;
            }
        }
        return false;
    }

    byte[] challenge(int index) {
        return PadHashes.slice(challenges, index);
    }

    public void writeTo(MessageWriter writer) {
        PadHashes.write(writer, challenges);
    }

    public static BaseOtChallenge readFrom(MessageReader reader) throws InvalidEncodingException {
        return new BaseOtChallenge(PadHashes.read(reader));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BaseOtChallenge that && Arrays.equals(challenges, that.challenges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(challenges);
    }

    @Override
    public String toString() {
        return "BaseOtChallenge[" + BaseOt.COUNT + " challenges]";
    }
}
