package dev.custos.node.transport.tls;

import dev.custos.node.transport.Failures;
import dev.custos.node.transport.tls.PeerCertificate.PeerRefusedException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words for a failed TLS handshake: who refused whom, and why, in one line. */
public final class HandshakeFailures {
    private static final Pattern ALERT = Pattern.compile("Received fatal alert: (\\w+)");

    private HandshakeFailures() {}

    /**
     * Describes {@code failure}. If this end refused the peer's certificate, the reason is {@link
     * PeerRefusedException}'s; if the peer refused {@code us} (a fatal certificate alert), {@code hint} says what to
     * check.
     */
    public static String describe(Throwable failure, String us, String hint) {
        Throwable cause = failure;
        for (int depth = 0; depth < 32 && cause != null; depth++, cause = cause.getCause()) {
            if (cause instanceof PeerRefusedException refused) {
                return "refused its certificate: " + refused.getMessage();
            }
        }
        String message = String.valueOf(failure.getMessage());
        Matcher alert = ALERT.matcher(message);
        if (alert.find()) {
            String name = alert.group(1);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("certificate") || lower.equals("access_denied") || lower.equals("decrypt_error")) {
                return "it refused " + us + "'s certificate (TLS alert " + name + "): " + hint;
            }
            return "it ended the TLS handshake (TLS alert " + name + ")";
        }
        return Failures.describe(failure);
    }
}
