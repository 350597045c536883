package dev.custos.exposure;

/** A registry, committee or policy reading is malformed or inconsistent; the message names the field at fault. */
public final class ExposureInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExposureInputException(String message) {
        super(message);
    }

    public ExposureInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
