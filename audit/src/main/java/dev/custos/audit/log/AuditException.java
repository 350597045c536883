package dev.custos.audit.log;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;

/** An audit-log operation refused, with an {@link AuditErrorCode} and a message naming the sizes or key at fault. */
public final class AuditException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final AuditErrorCode code;

    public AuditException(AuditErrorCode code, String message) {
        super(requireNonNull(code, "code is null") + ": " + requireNonNull(message, "message is null"));
        this.code = code;
    }

    public AuditException(AuditErrorCode code, String message, Throwable cause) {
        super(requireNonNull(code, "code is null") + ": " + requireNonNull(message, "message is null"), cause);
        this.code = code;
    }

    public AuditErrorCode code() {
        return code;
    }
}
