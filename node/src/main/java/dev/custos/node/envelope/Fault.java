package dev.custos.node.envelope;

/** Who an envelope rejection proves at fault. */
public enum Fault {
    /**
     * The sender: it signed the envelope, and the envelope itself is the proof (a payload it encrypted that does not
     * decrypt, two different envelopes for one round).
     */
    SENDER,
    /**
     * Whoever delivered it: the envelope was forged, damaged, replayed, reflected or misrouted on the way. The
     * coordinator or the network is responsible; no node can be blamed from the envelope alone.
     */
    TRANSPORT
}
