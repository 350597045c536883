package dev.custos.events;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An event that cannot be read: the message says why and starts with the field's name where one is to blame. */
public final class InvalidEventException extends Exception {
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;

    /**
     * @param field the dotted name of the field at fault, or {@code null} when the event as a whole is
     * @param message what is wrong
     */
    public InvalidEventException(@Nullable String field, String message) {
        super(Objects.requireNonNull(message, "message is null"));
        this.field = field;
    }

    /** What is wrong; every constructor sets it. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "message");
    }

    /** The dotted name of the field at fault, if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
