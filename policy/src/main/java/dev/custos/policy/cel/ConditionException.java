package dev.custos.policy.cel;

/** A condition failed to evaluate for one request. */
public final class ConditionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConditionException(String message) {
        super(message);
    }

    public ConditionException(String message, Throwable cause) {
        super(message, cause);
    }
}
