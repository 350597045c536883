package dev.custos.detect.server;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Reads and writes listen addresses, {@code HOST:PORT} ({@code [v6]:PORT} for IPv6). */
public final class ListenAddress {
    private ListenAddress() {}

    /**
     * Parses {@code HOST:PORT}, resolving the host.
     *
     * @throws IllegalArgumentException saying what is wrong, to be prefixed with the option or key it came from
     */
    public static InetSocketAddress parse(String text) {
        requireNonNull(text, "text is null");
        int colon = text.lastIndexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            throw new IllegalArgumentException("must be HOST:PORT, e.g. 127.0.0.1:8780: " + text);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port is not a number: " + text, e);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host cannot be resolved: " + host, e);
        }
    }

    /** The address as {@link #parse} reads it: {@code 127.0.0.1:8780}, {@code [::1]:8780}. */
    public static String format(InetSocketAddress address) {
        requireNonNull(address, "address is null");
        String host = address.isUnresolved()
                ? address.getHostString()
                : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
