package dev.custos.chain.ethereum;

/** A signed transaction failed a check that every transaction must pass before it is broadcast; the message says which. */
public final class BroadcastRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BroadcastRefusedException(String message) {
        super(message);
    }
}
