package dev.custos.server.tls;

/** The TLS credentials cannot be used; the message names the file and what is wrong with it. */
public final class TlsSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TlsSetupException(String message) {
        super(message);
    }

    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
