package dev.custos.cli.approve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code --api URL} and {@code --token-file F} of the approve commands, checked. */
final class ApiAccess {
    private ApiAccess() {}

    /** The API base URL: http or https with a host, without query or fragment. */
    static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new InvalidInput("--api must be an http:// or https:// URL with a host, got '" + text + "'");
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                throw new InvalidInput("--api must not have a query or fragment: '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInput("--api is not a URL: " + e.getMessage(), e);
        }
    }

    /**
     * The token in {@code tokenFile}, if given; refused when it would travel over plain HTTP to another machine.
     */
    static Optional<String> token(Path tokenFile, URI base) {
        if (tokenFile == null) {
            return Optional.empty();
        }
        String token;
        try {
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new InvalidInput("--token-file " + tokenFile + " cannot be read: " + e.getMessage(), e);
        }
        if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidInput("--token-file " + tokenFile + " must hold one token of printable ASCII");
        }
        if (base.getScheme().equals("http") && !isLoopback(base.getHost())) {
            throw new InvalidInput("refusing to send the API token over plain HTTP to " + base.getHost()
                    + "; use an https:// URL (plain HTTP is for a coordinator on this machine)");
        }
        return Optional.of(token);
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.equals("localhost") || bare.startsWith("127.") || bare.equals("::1");
    }
}
