package dev.custos.node.link;

/**
 * A signer node's connection to its coordinator: ordered, authenticated at both ends, and carrying opaque messages
 * (the coordinator's job messages and the peers' protocol envelopes). The node dials out; an implementation
 * reconnects by itself and reports each change of state to its {@link LinkListener}.
 */
public interface CoordinatorLink extends AutoCloseable {
    /**
     * Sends one message to the coordinator.
     *
     * @throws LinkException if the link is down or the message is too long; the message was not sent and the caller
     *     decides whether to retry
     */
    void send(byte[] message) throws LinkException;

    /** Whether the link is up now. */
    boolean connected();

    /** Stops the link for good; messages sent afterwards fail. */
    @Override
    void close();
}
