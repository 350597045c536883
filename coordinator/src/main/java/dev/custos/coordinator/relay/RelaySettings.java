package dev.custos.coordinator.relay;

import static java.util.Objects.requireNonNull;

import dev.custos.node.transport.TransportSettings;
import java.net.InetSocketAddress;

/**
 * How a {@link TlsRelayServer} listens and what it tolerates.
 *
 * @param listen the address to bind (port 0 for an ephemeral port)
 * @param transport keepalive, timeouts and the per-node send queue bounds
 * @param flood how much one node may send before it is disconnected
 */
public record RelaySettings(InetSocketAddress listen, TransportSettings transport, FloodLimit flood) {
    public RelaySettings {
        requireNonNull(listen, "listen is null");
        requireNonNull(transport, "transport is null");
        requireNonNull(flood, "flood is null");
    }

    /** The defaults, listening on {@code listen}. */
    public static RelaySettings of(InetSocketAddress listen) {
        return new RelaySettings(listen, TransportSettings.DEFAULT, FloodLimit.DEFAULT);
    }
}
