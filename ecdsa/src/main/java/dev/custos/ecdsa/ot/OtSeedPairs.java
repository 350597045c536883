package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The base-OT sender's output: both seeds of each of the {@link BaseOt#COUNT} OTs. It sets up the OT-extension
 * <em>receiver</em> toward one peer. Secret: redacted, destroyable, no value equality.
 */
public final class OtSeedPairs implements Destroyable {
    private final byte[][] zeroSeeds;
    private final byte[][] oneSeeds;
    private boolean destroyed;

    OtSeedPairs(byte[][] zeroSeeds, byte[][] oneSeeds) {
        requireNonNull(zeroSeeds, "zeroSeeds is null");
        requireNonNull(oneSeeds, "oneSeeds is null");
        if (zeroSeeds.length != BaseOt.COUNT || oneSeeds.length != BaseOt.COUNT) {
            throw new IllegalArgumentException("expected " + BaseOt.COUNT + " seed pairs");
        }
        this.zeroSeeds = zeroSeeds;
        this.oneSeeds = oneSeeds;
    }

    /** The seed for choice {@code bit} of OT {@code index}. */
    public byte[] seed(int index, int bit) {
        checkNotDestroyed();
        return (bit == 0 ? zeroSeeds : oneSeeds)[index];
    }

    private void checkNotDestroyed() {
        if (destroyed) {
            throw new IllegalStateException("OT seeds were destroyed");
        }
    }

    @Override
    public void destroy() {
        for (int i = 0; i < BaseOt.COUNT; i++) {
            Arrays.fill(zeroSeeds[i], (byte) 0);
            Arrays.fill(oneSeeds[i], (byte) 0);
        }
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "OtSeedPairs[<redacted>]";
    }

    /** Writes both seeds of every OT (secret: for key-share persistence only). */
    public void writeSecretTo(MessageWriter writer) {
        checkNotDestroyed();
        for (int i = 0; i < BaseOt.COUNT; i++) {
            writer.putFixed(zeroSeeds[i]).putFixed(oneSeeds[i]);
        }
    }

    public static OtSeedPairs readSecretFrom(MessageReader reader) throws InvalidEncodingException {
        byte[][] zero = new byte[BaseOt.COUNT][];
        byte[][] one = new byte[BaseOt.COUNT][];
        for (int i = 0; i < BaseOt.COUNT; i++) {
            zero[i] = reader.getFixed(BaseOt.SEED_LENGTH);
            one[i] = reader.getFixed(BaseOt.SEED_LENGTH);
        }
        return new OtSeedPairs(zero, one);
    }
}
