package dev.custos.node.link;

/** A message could not be sent over a link: it is down, closed, or the message is too long. */
public final class LinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
