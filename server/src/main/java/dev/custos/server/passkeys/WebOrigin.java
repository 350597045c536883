package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where people open the console: the exact WebAuthn origin ({@code scheme://host[:port]}) and the relying party id
 * (its host). Passkeys are bound to the relying party id, so the console must be opened under this host name — for
 * {@code custos start-dev}, {@code http://localhost:PORT} (browsers accept plain http only for localhost, and never an
 * IP address as a relying party id).
 *
 * @param origin the origin, for example {@code http://localhost:8080}
 */
public record WebOrigin(String origin) {
    public WebOrigin {
        requireNonNull(origin, "origin is null");
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("console origin is not a URI: " + origin, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null
                || (uri.getPath() != null && !uri.getPath().isEmpty())
                || uri.getQuery() != null
                || uri.getFragment() != null
                || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("console origin must be scheme://host[:port], not " + origin);
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && uri.getHost().equals("localhost"))) {
            throw new IllegalArgumentException(
                    "console origin must be https, or http://localhost for development, not " + origin);
        }
        if (uri.getHost().matches("[0-9.]+") || uri.getHost().startsWith("[")) {
            throw new IllegalArgumentException(
                    "console origin needs a host name (a passkey's relying party id cannot be an IP address): "
                            + origin);
        }
    }

    /** {@code http://localhost:PORT}, as {@code custos start-dev} serves the console. */
    public static WebOrigin localhost(int port) {
        return new WebOrigin("http://localhost:" + port);
    }

    /** The relying party id: the origin's host. */
    public String relyingPartyId() {
        return URI.create(origin).getHost();
    }
}
