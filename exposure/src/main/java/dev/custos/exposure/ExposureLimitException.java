package dev.custos.exposure;

/**
 * The input is too large for an exact answer: an input bound was exceeded, or an exact search ran out of its step
 * budget. The figures are minimum set covers (NP-hard in general), so Custos gives an exact answer or none, never a
 * guess; the message says which figure and how large the input was.
 */
public final class ExposureLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExposureLimitException(String message) {
        super(message);
    }
}
