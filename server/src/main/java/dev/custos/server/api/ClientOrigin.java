package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a call came from, as the server saw it: the peer's address and the client's User-Agent (kept to its first
 * {@value #MAX_USER_AGENT} characters). Facts for people and detection, never for enforcement.
 *
 * @param ip the address the connection came from
 * @param userAgent the User-Agent header, if any
 */
public record ClientOrigin(String ip, Optional<String> userAgent) {
    /** The longest User-Agent kept. */
    public static final int MAX_USER_AGENT = 300;

    public ClientOrigin {
        requireNonNull(ip, "ip is null");
        if (ip.isBlank()) {
            throw new IllegalArgumentException("ip is blank");
        }
        userAgent = bounded(requireNonNull(userAgent, "userAgent is null"));
    }

    /** A User-Agent as Custos keeps one: none when blank, else its first {@value #MAX_USER_AGENT} characters. */
    public static Optional<String> bounded(Optional<String> userAgent) {
        return userAgent
                .filter(agent -> !agent.isBlank())
                .map(agent -> agent.substring(0, Math.min(agent.length(), MAX_USER_AGENT)));
    }
}
