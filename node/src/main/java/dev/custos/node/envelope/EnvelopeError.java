package dev.custos.node.envelope;

/** Why an {@link EnvelopeInbox} rejected an envelope, and who that proves at fault. */
public enum EnvelopeError {
    /** Not an envelope of a known layout: wrong magic or version, truncated, a field out of bounds, trailing bytes. */
    MALFORMED(Fault.TRANSPORT),
    /** The claimed sender is not a member of the committee. */
    UNKNOWN_SENDER(Fault.TRANSPORT),
    /** The signature does not verify under the claimed sender's key: forged or altered on the way. */
    BAD_SIGNATURE(Fault.TRANSPORT),
    /** A validly signed envelope of this node's own, delivered back to it. */
    REFLECTED(Fault.TRANSPORT),
    /** A validly signed envelope of another session (a replay from another protocol run). */
    WRONG_SESSION(Fault.TRANSPORT),
    /** A validly signed direct envelope for another member. */
    MISADDRESSED(Fault.TRANSPORT),
    /** A round below one this sender's envelopes already reached (rounds from one sender never go back). */
    OUT_OF_ORDER(Fault.TRANSPORT),
    /** The very same envelope again (same bytes): a replay. */
    REPLAYED(Fault.TRANSPORT),
    /** A second, different envelope from the sender for a round and recipient kind it already sent: equivocation. */
    EQUIVOCATION(Fault.SENDER),
    /** A validly signed direct envelope whose payload does not decrypt for this node. */
    UNDECRYPTABLE(Fault.SENDER);

    private final Fault fault;

    EnvelopeError(Fault fault) {
        this.fault = fault;
    }

    /** Who this error proves at fault. */
    public Fault fault() {
        return fault;
    }
}
