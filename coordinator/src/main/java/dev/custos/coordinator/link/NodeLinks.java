package dev.custos.coordinator.link;

import dev.custos.node.link.LinkException;
import java.util.Set;

/**
 * The coordinator's side of the node links: the committee members that are connected now, each known by its
 * committee name (the transport authenticated the node's identity key before it appears here).
 */
public interface NodeLinks {
    /**
     * Sends one message to a connected node.
     *
     * @throws LinkException if that node is not connected or the message is too long; nothing was sent
     */
    void send(String node, byte[] message) throws LinkException;

    /** The names of the nodes connected now. */
    Set<String> connected();

    /** Sets the one listener that receives every node's messages and connection changes. */
    void listener(NodeLinkListener listener);
}
