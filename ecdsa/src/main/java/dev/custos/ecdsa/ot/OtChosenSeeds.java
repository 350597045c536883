package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The base-OT receiver's output: its {@link BaseOt#COUNT} choice bits (the OT-extension correlation Δ) and the seed it
 * chose in each OT. It sets up the OT-extension <em>sender</em> toward one peer. Secret: redacted, destroyable.
 */
public final class OtChosenSeeds implements Destroyable {
    private final long[] delta;
    private final byte[][] seeds;
    private boolean destroyed;

    OtChosenSeeds(long[] delta, byte[][] seeds) {
        requireNonNull(delta, "delta is null");
        requireNonNull(seeds, "seeds is null");
        if (delta.length != BaseOt.COUNT / 64 || seeds.length != BaseOt.COUNT) {
            throw new IllegalArgumentException("expected " + BaseOt.COUNT + " choices and seeds");
        }
        this.delta = delta;
        this.seeds = seeds;
    }

    /** Choice bit {@code index} of Δ (bit {@code index % 64} of word {@code index / 64}). */
    public int choice(int index) {
        checkNotDestroyed();
        return (int) (delta[index >>> 6] >>> (index & 63)) & 1;
    }

    /** Δ as two 64-bit words, a GF(2^128) element. */
    public long[] delta() {
        checkNotDestroyed();
        return delta.clone();
    }

    public byte[] seed(int index) {
        checkNotDestroyed();
        return seeds[index];
    }

    private void checkNotDestroyed() {
        if (destroyed) {
            throw new IllegalStateException("OT seeds were destroyed");
        }
    }

    @Override
    public void destroy() {
        Arrays.fill(delta, 0);
        for (byte[] seed : seeds) {
            Arrays.fill(seed, (byte) 0);
        }
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "OtChosenSeeds[<redacted>]";
    }

    /** Writes Δ and the chosen seeds (secret: for key-share persistence only). */
    public void writeSecretTo(MessageWriter writer) {
        checkNotDestroyed();
        for (long word : delta) {
            writer.putInt((int) (word >>> 32)).putInt((int) word);
        }
        for (byte[] seed : seeds) {
            writer.putFixed(seed);
        }
    }

    public static OtChosenSeeds readSecretFrom(MessageReader reader) throws InvalidEncodingException {
        long[] delta = new long[BaseOt.COUNT / 64];
        for (int i = 0; i < delta.length; i++) {
            long high = reader.getInt() & 0xFFFFFFFFL;
            long low = reader.getInt() & 0xFFFFFFFFL;
            delta[i] = (high << 32) | low;
        }
        byte[][] seeds = new byte[BaseOt.COUNT][];
        for (int i = 0; i < BaseOt.COUNT; i++) {
            seeds[i] = reader.getFixed(BaseOt.SEED_LENGTH);
        }
        return new OtChosenSeeds(delta, seeds);
    }
}
