package dev.custos.node.transport;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/**
 * One frame of a node link, as {@link FrameCodec} reads and writes it. {@link Data} carries one opaque message; the
 * other kinds are the transport's own: keepalive ({@link Ping}, {@link Pong}), the relay's admission of a node
 * ({@link Accepted}) and an orderly end with a reason ({@link Close}).
 */
public sealed interface Frame {
    /** One message for the layer above; the transport never looks inside. */
    record Data(byte[] message) implements Frame {
        public Data {
            requireNonNull(message, "message is null");
            if (message.length > FrameCodec.MAX_MESSAGE_LENGTH) {
                throw new IllegalArgumentException(
                        "a message is at most " + FrameCodec.MAX_MESSAGE_LENGTH + " bytes, got " + message.length);
            }
        }
    }

    /** A keepalive; the peer answers with a {@link Pong} carrying the same token. */
    record Ping(long token) implements Frame {}

    /** The answer to a {@link Ping}. */
    record Pong(long token) implements Frame {}

    /**
     * The relay's first frame on a new connection: it authenticated the node and admitted it under {@code node}, its
     * committee name. The node counts the link as up only once this arrives, because in TLS 1.3 a client finishes its
     * handshake before the server has judged the client's certificate.
     */
    record Accepted(String node) implements Frame {
        public Accepted {
            requireNonNull(node, "node is null");
            if (node.getBytes(StandardCharsets.UTF_8).length > FrameCodec.MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException(
                        "a node name in a frame is at most " + FrameCodec.MAX_TEXT_LENGTH + " bytes");
            }
        }
    }

    /** The sender ends the connection; {@code reason} says why, in words. */
    record Close(String reason) implements Frame {
        public Close {
            requireNonNull(reason, "reason is null");
        }
    }
}
