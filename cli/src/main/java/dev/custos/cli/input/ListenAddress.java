package dev.custos.cli.input;

import java.net.InetSocketAddress;

/**
 * The value of a {@code --listen HOST:PORT} option ({@code [V6]:PORT} for IPv6).
 *
 * @param host the host, without brackets
 * @param port 0 to 65535
 */
public record ListenAddress(String host, int port) {
    /** Parses the value of a {@code --listen} option; bad input names the option and what is wrong. */
    public static ListenAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new BadInputException("--listen '" + text + "' is not HOST:PORT");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new BadInputException("--listen '" + text + "': the port is not a number", e);
        }
        if (port < 0 || port > 65_535) {
            throw new BadInputException("--listen '" + text + "': the port must be 0 to 65535");
        }
        return new ListenAddress(host, port);
    }

    /** The address to bind (the host is resolved now). */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(host, port);
    }
}
