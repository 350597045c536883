package dev.custos.policy.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The WebAuthn relying party that passkey approvals are made for (docs/POLICY.md, "Passkeys"). An assertion counts only
 * if its authenticator data names {@code rpId} (by SHA-256) and its client data names one of {@code origins} exactly.
 *
 * @param rpId the relying party id, a lower-case DNS host name such as {@code custody.example.com} or {@code localhost}
 * @param origins the web origins the console is served from, each exactly {@code scheme://host[:port]}: {@code https},
 *     or {@code http} only for {@code localhost} and {@code 127.0.0.1}; at least one
 */
public record WebAuthn(String rpId, List<String> origins) {
    /** At most this many origins. */
    public static final int MAX_ORIGINS = 16;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public WebAuthn {
        Objects.requireNonNull(rpId, "rpId is null");
        origins = List.copyOf(Objects.requireNonNull(origins, "origins is null"));
        if (!isHostName(rpId)) {
            throw new IllegalArgumentException(
                    "webauthn.rp_id '" + rpId + "' is not a lower-case host name (letters, digits, hyphens, dots)");
        }
        if (origins.isEmpty() || origins.size() > MAX_ORIGINS) {
            throw new IllegalArgumentException("webauthn.origins must list 1 to " + MAX_ORIGINS + " origins");
        }
        for (String origin : origins) {
            checkOrigin(origin);
        }
        if (origins.stream().distinct().count() != origins.size()) {
            throw new IllegalArgumentException("webauthn.origins lists an origin twice");
        }
    }

    /** Whether {@code origin} is one of the policy's origins, compared exactly. */
    public boolean allowsOrigin(String origin) {
        return origins.contains(origin);
    }

    static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }

    private static void checkOrigin(String origin) {
        String where = "webauthn.origins: '" + origin + "'";
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + " is not an origin (scheme://host[:port])", e);
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null
                || host == null
                || uri.getRawUserInfo() != null
                || !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(where + " is not an origin (scheme://host[:port], no path)");
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        if (!origin.equals(scheme + "://" + host + port)
                || !host.equals(host.toLowerCase(Locale.ROOT))
                || uri.getPort() == 0
                || uri.getPort() > 65535) {
            throw new IllegalArgumentException(where + " is not written as a browser writes an origin"
                    + " (lower case, scheme://host[:port], no trailing slash)");
        }
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1");
        if (scheme.equals("http")) {
            if (!loopback) {
                throw new IllegalArgumentException(where + ": http is allowed only for localhost and 127.0.0.1");
            }
        } else if (!scheme.equals("https")) {
            throw new IllegalArgumentException(where + ": the scheme must be https (or http on localhost)");
        }
        if (!host.equals("127.0.0.1") && !isHostName(host)) {
            throw new IllegalArgumentException(where + ": the host is not a host name");
        }
    }
}
