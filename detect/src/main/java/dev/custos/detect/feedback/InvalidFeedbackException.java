package dev.custos.detect.feedback;

import java.util.Optional;

/** A feedback line that is not valid feedback, naming the JSON field at fault when there is one. */
public final class InvalidFeedbackException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidFeedbackException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The JSON field at fault (e.g. {@code alert_id}, {@code expires}), if the problem is in one field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
