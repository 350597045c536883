package dev.custos.node.transport;

import java.io.IOException;

/** The peer sent bytes that are not a valid frame (too long, empty, of an unknown kind, malformed); names what. */
public final class FrameException extends IOException {
    private static final long serialVersionUID = 1L;

    public FrameException(String message) {
        super(message);
    }
}
