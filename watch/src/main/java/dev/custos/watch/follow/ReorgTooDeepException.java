package dev.custos.watch.follow;

/**
 * The checkpoint's block left the canonical chain and so did every block kept behind it: the fork point is deeper
 * than the follower can walk back. The message names the blocks.
 */
public final class ReorgTooDeepException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReorgTooDeepException(String message) {
        super(message);
    }
}
