package dev.custos.node.link;

import static java.util.Objects.requireNonNull;

/**
 * Where a node dials its coordinator.
 *
 * @param host a host name or IP address (an IPv6 address without brackets)
 * @param port 1 to 65535
 */
public record CoordinatorAddress(String host, int port) {
    public CoordinatorAddress {
        requireNonNull(host, "host is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the coordinator's host is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the coordinator's port must be 1 to 65535, got " + port);
        }
    }

    /**
     * Reads {@code HOST:PORT} ({@code [V6]:PORT} for an IPv6 address).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CoordinatorAddress parse(String text) {
        requireNonNull(text, "text is null");
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not HOST:PORT");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("'" + text + "': write an IPv6 address in brackets, [ADDRESS]:PORT");
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': the port is not a number", e);
        }
        return new CoordinatorAddress(host, port);
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
