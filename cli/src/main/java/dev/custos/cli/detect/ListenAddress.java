package dev.custos.cli.detect;

import dev.custos.cli.BadInputException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses {@code --listen HOST:PORT} ({@code [v6]:PORT} for IPv6). */
final class ListenAddress {
    private ListenAddress() {}

    static InetSocketAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            throw new BadInputException("--listen must be HOST:PORT, e.g. 127.0.0.1:8780: " + text);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new BadInputException("--listen port is not a number: " + text, e);
        }
        if (port < 0 || port > 65_535) {
            throw new BadInputException("--listen port must be in 0..65535: " + port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new BadInputException("--listen host cannot be resolved: " + host, e);
        }
    }
}
