package dev.custos.ecdsa.keys;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import dev.custos.ecdsa.ot.OtSeedPairs;

/**
 * The seeds of an OT pair that has passed verification and is not retired: the only way presigning reaches a pair's
 * seeds. Handed out by {@link KeyShare#withVerifiedPair} for the duration of one step, under the pair's lock; do not
 * keep it beyond that step. Secret.
 */
public final class VerifiedPair {
    private final PairwiseSetup setup;

    VerifiedPair(PairwiseSetup setup) {
        this.setup = setup;
    }

    public Identifier peer() {
        return setup.peer();
    }

    /** Seeds for the multiplication as Bob (OT-extension receiver) with this peer as Alice. */
    public OtSeedPairs asReceiver() {
        return setup.asReceiver();
    }

    /** Seeds for the multiplication as Alice (OT-extension sender) with this peer as Bob. */
    public OtChosenSeeds asSender() {
        return setup.asSender();
    }

    @Override
    public String toString() {
        return "VerifiedPair[peer=" + setup.peer().value() + ", <redacted>]";
    }
}
