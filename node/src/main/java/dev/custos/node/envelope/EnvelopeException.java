package dev.custos.node.envelope;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An envelope was rejected. {@link #error()} says why; {@link #sender()} is the sender the envelope names (if it could
 * be read), {@link #senderAuthenticated()} whether its signature verified, and {@link #culprit()} the node proven at
 * fault, which is the sender only when the error's {@link Fault} is {@link Fault#SENDER}.
 */
public final class EnvelopeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final EnvelopeError error;
    private final @Nullable String sender;
    private final boolean senderAuthenticated;

    EnvelopeException(EnvelopeError error, @Nullable String sender, boolean senderAuthenticated, String problem) {
        super(message(error, sender, senderAuthenticated, problem));
        this.error = requireNonNull(error, "error is null");
        this.sender = sender;
        this.senderAuthenticated = senderAuthenticated;
    }

    public EnvelopeError error() {
        return error;
    }

    /** The sender named in the envelope, if it could be read; authenticated only if {@link #senderAuthenticated()}. */
    public Optional<String> sender() {
        return Optional.ofNullable(sender);
    }

    /** Whether the sender's signature over the envelope verified. */
    public boolean senderAuthenticated() {
        return senderAuthenticated;
    }

    /** The node the rejection proves at fault: the authenticated sender, for {@link Fault#SENDER} errors. */
    public Optional<String> culprit() {
        return error.fault() == Fault.SENDER && senderAuthenticated ? Optional.ofNullable(sender) : Optional.empty();
    }

    private static String message(EnvelopeError error, @Nullable String sender, boolean authenticated, String problem) {
        String from = sender == null
                ? "an envelope"
                : "the envelope from '" + sender + "' (" + (authenticated ? "signature verified" : "not authenticated")
                        + ")";
        String blame = error.fault() == Fault.SENDER && authenticated
                ? "; node '" + sender + "' is at fault"
                : "; the coordinator or the network delivered it";
        return "rejected " + from + ": " + error + ": " + problem + blame;
    }
}
