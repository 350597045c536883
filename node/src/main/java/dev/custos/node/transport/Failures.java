package dev.custos.node.transport;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns a network failure into the few words an operator needs: the root cause, without stack traces. */
public final class Failures {
    private Failures() {}

    /** One line for {@code failure}: a plain phrase for the common socket errors, else the deepest message. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        // Throwable.getCause() is null for a throwable that is its own cause; the bound stops a longer loop.
        for (int depth = 0; depth < 32 && root.getCause() != null; depth++) {
            root = root.getCause();
        }
        if (failure instanceof ConnectException || root instanceof ConnectException) {
            String message = String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("refused") ? "connection refused" : "cannot connect (" + root.getMessage() + ")";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (root instanceof SocketTimeoutException) {
            return "timed out";
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getMessage();
        }
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        return (failure instanceof SSLException ? "TLS: " : "")
                + message.lines().findFirst().orElse(message);
    }
}
