package dev.custos.coordinator.link;

/**
 * Receives what the connected nodes send and when they come and go. Messages from one node arrive in order on that
 * node's thread; messages from different nodes may arrive concurrently.
 */
public interface NodeLinkListener {
    /** One message from a node. */
    void onMessage(String node, byte[] message);

    /** A node connected (or reconnected). */
    default void onConnected(String node) {}

    /** A node's connection closed. */
    default void onDisconnected(String node, String reason) {}
}
