package dev.custos.ecdsa.ot;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.Arrays;

/**
 * The base-OT sender's opening, last message of the verification phase: {@code H(ρ0_k)} and {@code H(ρ1_k)} for every
 * OT, {@link BaseOt#COUNT} × 32 bytes each.
 */
public record BaseOtOpening(byte[] zeroHashes, byte[] oneHashes) {
    public BaseOtOpening {
        zeroHashes = PadHashes.checkedVector(zeroHashes, "zeroHashes");
        oneHashes = PadHashes.checkedVector(oneHashes, "oneHashes");
    }

    @Override
    public byte[] zeroHashes() {
        return zeroHashes.clone();
    }

    @Override
    public byte[] oneHashes() {
        return oneHashes.clone();
    }

    byte[] hash(int index, int bit) {
        return PadHashes.slice(bit == 0 ? zeroHashes : oneHashes, index);
    }

    public void writeTo(MessageWriter writer) {
        PadHashes.write(writer, zeroHashes);
        PadHashes.write(writer, oneHashes);
    }

    public static BaseOtOpening readFrom(MessageReader reader) throws InvalidEncodingException {
        byte[] zero = PadHashes.read(reader);
        return new BaseOtOpening(zero, PadHashes.read(reader));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BaseOtOpening that
                && Arrays.equals(zeroHashes, that.zeroHashes)
                && Arrays.equals(oneHashes, that.oneHashes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(zeroHashes) + Arrays.hashCode(oneHashes);
    }

    @Override
    public String toString() {
        return "BaseOtOpening[" + BaseOt.COUNT + " pairs]";
    }
}
