package dev.custos.node.link;

/**
 * Receives what happens on a node's {@link CoordinatorLink}. Calls come from one thread per link, in the order the
 * messages arrived; a listener that needs time hands work to its own executor.
 */
public interface LinkListener {
    /** One message from the coordinator. */
    void onMessage(byte[] message);

    /** The link is up (again). */
    default void onConnected() {}

    /** The link went down; the link retries by itself. */
    default void onDisconnected(String reason) {}
}
