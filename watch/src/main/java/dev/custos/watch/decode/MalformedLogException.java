package dev.custos.watch.decode;

/** A log whose first topic names a known event but whose shape does not match it; the message says what is wrong. */
public final class MalformedLogException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedLogException(String message) {
        super(message);
    }
}
