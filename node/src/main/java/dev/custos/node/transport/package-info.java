/**
 * The frames of a node link and the connection that carries them: {@link dev.custos.node.transport.FrameCodec} (a
 * 4-byte length, a kind byte, a body), {@link dev.custos.node.transport.FramedConnection} (a bounded send queue, a
 * writer thread, keepalive pings, in-order reading). Used by the node's link and by the coordinator's relay.
 */
package dev.custos.node.transport;
