package dev.custos.ecdsa.ot;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.Arrays;

/**
 * The base-OT receiver's response of the verification phase: {@code ρ'_k = H(H(ρ_k)) ⊕ ω_k·ξ_k} for every OT (equal
 * to {@code H(H(ρ0_k))} when both sides are honest), {@link BaseOt#COUNT} × 32 bytes.
 */
public record BaseOtResponse(byte[] responses) {
    public BaseOtResponse {
        responses = PadHashes.checkedVector(responses, "responses");
    }

    @Override
    public byte[] responses() {
        return responses.clone();
    }

    byte[] response(int index) {
        return PadHashes.slice(responses, index);
    }

    public void writeTo(MessageWriter writer) {
        PadHashes.write(writer, responses);
    }

    public static BaseOtResponse readFrom(MessageReader reader) throws InvalidEncodingException {
        return new BaseOtResponse(PadHashes.read(reader));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BaseOtResponse that && Arrays.equals(responses, that.responses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(responses);
    }

    @Override
    public String toString() {
        return "BaseOtResponse[" + BaseOt.COUNT + " responses]";
    }
}
