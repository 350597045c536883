package dev.custos.node.job.protocol;

import java.util.Map;

/**
 * One node's side of a multi-round protocol run over envelopes (a key generation, a presigning): a state machine the
 * job session drives. Round {@code r}'s messages are what {@link #begin} ({@code r = 1}) or {@link #advance}{@code (r -
 * 1, …)} returned; {@link #advance}{@code (r, …)} is called once every peer's round-{@code r} messages arrived, as
 * {@link #expectation} says. Every state is one-shot; a failure destroys the run's secrets.
 */
public interface RoundProtocol {
    /** The last round whose messages this node waits for. */
    int lastRound();

    /** What round {@code round} (1 to {@link #lastRound()}) needs from each peer. */
    Expectation expectation(int round);

    /**
     * What round {@code round} needs from peer {@code from}; empty if that peer sends this node nothing in the round
     * (in a resharing, a node that holds no share deals nothing). By default, {@link #expectation(int)} from every
     * peer.
     */
    default java.util.Optional<Expectation> expectation(int round, String from) {
        return java.util.Optional.of(expectation(round));
    }

    /** Starts the run: round 1's messages. */
    java.util.List<Outgoing> begin() throws ProtocolFailure;

    /**
     * Consumes every peer's round-{@code round} messages (keyed by peer name).
     *
     * @throws ProtocolFailure naming the culprit where the messages prove one
     */
    Step advance(int round, Map<String, Received> received) throws ProtocolFailure;

    /** Destroys the run's secrets; the run cannot continue. Idempotent. */
    void destroy();
}
