package dev.custos.server.ethereum;

import static java.util.Objects.requireNonNull;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The user's own Ethereum JSON-RPC node, if the server has one: without it requests are not simulated (the request
 * view says so), nothing is broadcast and no suggestions are made.
 *
 * @param rpcUrl the node's JSON-RPC endpoint (http or https); empty: no node
 * @param simulateTxAccessor where Safe's {@code SimulateTxAccessor} is deployed on that chain; empty: the canonical
 *     deployment of the Safe's version (1.3.0, 1.4.x)
 * @param timeout how long one call to the node may take
 */
public record EthereumSettings(Optional<URI> rpcUrl, Optional<Address> simulateTxAccessor, Duration timeout) {
    /** The default time one call may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public EthereumSettings {
        requireNonNull(rpcUrl, "rpcUrl is null");
        requireNonNull(simulateTxAccessor, "simulateTxAccessor is null");
        requireNonNull(timeout, "timeout is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Ethereum node timeout must be positive");
        }
        rpcUrl.ifPresent(url -> {
            String scheme = url.getScheme();
            if ((!"http".equals(scheme) && !"https".equals(scheme)) || url.getHost() == null) {
                throw new IllegalArgumentException("the Ethereum node URL must be http:// or https:// with a host, not "
                        + new JsonRpcClientShown(url));
            }
        });
    }

    /** No node: no simulation, no broadcast, no suggestions. */
    public static EthereumSettings none() {
        return new EthereumSettings(Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT);
    }

    /** The node at {@code rpcUrl} with the canonical Safe accessors and the default timeout. */
    public static EthereumSettings node(URI rpcUrl) {
        return new EthereumSettings(Optional.of(rpcUrl), Optional.empty(), DEFAULT_TIMEOUT);
    }

    /** These settings with {@code accessor} as the SimulateTxAccessor (a chain without the canonical deployment). */
    public EthereumSettings withSimulateTxAccessor(Address accessor) {
        return new EthereumSettings(rpcUrl, Optional.of(accessor), timeout);
    }

    /** A client of the node, if one is set. */
    public Optional<EthereumNode> client() {
        return rpcUrl.map(url -> new EthereumNode(new JsonRpcClient(url, timeout)));
    }

    /** A URL as messages show it: scheme, host and port (providers put API keys in the path). */
    private record JsonRpcClientShown(URI url) {
        @Override
        public String toString() {
            return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        }
    }
}
