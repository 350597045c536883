package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.Ed25519PublicKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A committee was refused: {@link #error()} says why, {@link #admin()} names the admin at fault where there is one. */
public final class CommitteeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final CommitteeError error;
    private final transient @Nullable Ed25519PublicKey admin;

    public CommitteeException(CommitteeError error, String message) {
        this(error, null, message);
    }

    public CommitteeException(CommitteeError error, @Nullable Ed25519PublicKey admin, String message) {
        super(message);
        this.error = requireNonNull(error, "error is null");
        this.admin = admin;
    }

    public CommitteeError error() {
        return error;
    }

    /** The admin whose signature is at fault (unknown, duplicate or invalid), if the error is about one. */
    public Optional<Ed25519PublicKey> admin() {
        return Optional.ofNullable(admin);
    }
}
