package dev.custos.server.cluster;

/**
 * The dev cluster could not be created, loaded or started. The message names what is wrong: the file that is missing,
 * damaged or does not match the rest of the folder, or the node that did not connect.
 */
public final class DevClusterException extends Exception {
    private static final long serialVersionUID = 1L;

    public DevClusterException(String message) {
        super(message);
    }

    public DevClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
