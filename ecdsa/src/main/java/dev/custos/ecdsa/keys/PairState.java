package dev.custos.ecdsa.keys;

/**
 * The life of one OT pair (this party's base-OT seeds with one peer, both directions), kept with the key share and
 * persisted before any message that depends on it leaves. The seeds are long-lived and reused by every presigning
 * session with that peer, so their security rests on two rules that the states enforce: the verification (VSOT) is
 * answered at most once, and any failed check or interrupted verification retires the pair for good.
 *
 * <pre>
 * UNVERIFIED --(verification: about to answer the peer's challenge)--> CHALLENGED --(all checks passed)--> VERIFIED
 *      CHALLENGED --(failed check, abort, timeout, crash)--> stays CHALLENGED or becomes BURNED (terminal)
 *      VERIFIED --(failed OT-extension check)--> BURNED (terminal)
 * </pre>
 *
 * Only {@link #VERIFIED} pairs take part in presigning; only {@link #UNVERIFIED} pairs can be verified. Nothing leads
 * back from {@link #CHALLENGED} or {@link #BURNED}: a refresh or resharing, which runs new base OTs, replaces the pair.
 */
public enum PairState {
    /** New base OTs from the DKG or a resharing; never challenged. */
    UNVERIFIED(0),
    /**
     * This party has answered (or was about to answer) the peer's verification challenge, and the verification has not
     * completed in this run. Unusable: the answer to a probing challenge tells the peer this party's Δ.
     */
    CHALLENGED(1),
    /** The verification completed in both directions; the pair may presign. */
    VERIFIED(2),
    /** A check with this peer failed (verification or OT extension): the pair is retired. */
    BURNED(3);

    private final int code;

    PairState(int code) {
        this.code = code;
    }

    /** The state's byte in {@link KeyShareEncoding}. */
    int code() {
        return code;
    }

    /** The state for {@code code}, or null if none has it. */
    static PairState fromCode(int code) {
        for (PairState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        return null;
    }
}
