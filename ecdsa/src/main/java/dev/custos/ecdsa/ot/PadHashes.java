package dev.custos.ecdsa.ot;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;

/** The hashes and fixed-size vectors of the verification phase of the base OT (DKLs19's "verified Simplest OT"). */
final class PadHashes {
    static final int LENGTH = 32;
    static final int VECTOR_LENGTH = BaseOt.COUNT * LENGTH;

    private PadHashes() {}

    /** {@code H(ρ)}: what the sender opens at the end. */
    static byte[] padHash(byte[] context, int index, byte[] pad) {
        return Hasher.sha256("base-ot-verify/pad")
                .put(context)
                .putInt(index)
                .put(pad)
                .digest();
    }

    /** {@code H(H(ρ))}: what the challenge and the response are made of. */
    static byte[] doubleHash(byte[] context, int index, byte[] padHash) {
        return Hasher.sha256("base-ot-verify/pad-hash")
                .put(context)
                .putInt(index)
                .put(padHash)
                .digest();
    }

    static byte[] checkedVector(byte[] vector, String name) {
        if (vector == null) {
            throw new NullPointerException(name + " is null");
        }
        if (vector.length != VECTOR_LENGTH) {
            throw new IllegalArgumentException(name + " must be " + VECTOR_LENGTH + " bytes (" + BaseOt.COUNT + " × "
                    + LENGTH + "), got " + vector.length);
        }
        return vector.clone();
    }

    static void write(MessageWriter writer, byte[] vector) {
        writer.putFixed(vector);
    }

    static byte[] read(MessageReader reader) throws InvalidEncodingException {
        return reader.getFixed(VECTOR_LENGTH);
    }

    static byte[] slice(byte[] vector, int index) {
        byte[] out = new byte[LENGTH];
        System.arraycopy(vector, index * LENGTH, out, 0, LENGTH);
        return out;
    }

    static void put(byte[] vector, int index, byte[] value) {
        System.arraycopy(value, 0, vector, index * LENGTH, LENGTH);
    }
}
