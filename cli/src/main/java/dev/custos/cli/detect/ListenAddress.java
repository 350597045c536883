package dev.custos.cli.detect;

import dev.custos.cli.input.BadInputException;
import java.net.InetSocketAddress;

/** Parses {@code --listen HOST:PORT} ({@code [v6]:PORT} for IPv6); bad input names the option. */
final class ListenAddress {
    private ListenAddress() {}

    static InetSocketAddress parse(String text) {
        try {
            return dev.custos.detect.server.ListenAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--listen " + e.getMessage(), e);
        }
    }

    static String format(InetSocketAddress address) {
        return dev.custos.detect.server.ListenAddress.format(address);
    }
}
