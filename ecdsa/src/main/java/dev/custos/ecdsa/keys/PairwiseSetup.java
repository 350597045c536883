package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import dev.custos.ecdsa.ot.OtSeedPairs;
import javax.security.auth.Destroyable;

/**
 * This party's OT setup with one peer, for both directions of the multiplication: as Bob (OT-extension receiver, it was
 * the base-OT sender) and as Alice (OT-extension sender, it was the base-OT receiver). Secret. Outside this package the
 * seeds are reachable only through a {@link VerifiedPair}, that is only while the pair is verified.
 */
public final class PairwiseSetup implements Destroyable {
    private final Identifier peer;
    private final OtSeedPairs asReceiver;
    private final OtChosenSeeds asSender;

    public PairwiseSetup(Identifier peer, OtSeedPairs asReceiver, OtChosenSeeds asSender) {
        this.peer = requireNonNull(peer, "peer is null");
        this.asReceiver = requireNonNull(asReceiver, "asReceiver is null");
        this.asSender = requireNonNull(asSender, "asSender is null");
    }

    public Identifier peer() {
        return peer;
    }

    /** Seeds for running the multiplication as Bob with this peer as Alice (through {@link VerifiedPair} outside). */
    OtSeedPairs asReceiver() {
        return asReceiver;
    }

    /** Seeds for running the multiplication as Alice with this peer as Bob (through {@link VerifiedPair} outside). */
    OtChosenSeeds asSender() {
        return asSender;
    }

    @Override
    public void destroy() {
        asReceiver.destroy();
        asSender.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return asReceiver.isDestroyed() && asSender.isDestroyed();
    }

    @Override
    public String toString() {
        return "PairwiseSetup[peer=" + peer.value() + ", <redacted>]";
    }
}
