package dev.custos.node.identity;

/**
 * A data folder's public identity file does not describe the keys in its keystore: one of the two was replaced or
 * altered. The message names both identities.
 */
public final class IdentityMismatchException extends Exception {
    private static final long serialVersionUID = 1L;

    public IdentityMismatchException(String message) {
        super(message);
    }
}
