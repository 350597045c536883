package dev.custos.node.enforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.bitcoin.Bech32;
import dev.custos.chain.bitcoin.Network;
import dev.custos.policy.model.Wallet;
import dev.custos.types.WalletTier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Bitcoin network a node decides a PSBT on comes from the policy wallet's own addresses, never the request. */
class NodeRequestsNetworkTest {
    private static final byte[] PROGRAM = new byte[20];

    private static Wallet wallet(String... addresses) {
        return new Wallet("btc-1", WalletTier.HOT, "bitcoin", List.of(addresses), List.of(), List.of());
    }

    @Test
    void theNetworkOfTheOwnAddresses_isTheOneUsed() {
        assertThat(NodeRequests.network(wallet(Bech32.encodeSegwit("bcrt", 0, PROGRAM))))
                .isEqualTo(Network.REGTEST);
        assertThat(NodeRequests.network(wallet(Bech32.encodeSegwit("bc", 0, PROGRAM))))
                .isEqualTo(Network.MAINNET);
    }

    @Test
    void ownAddressesOfTwoNetworks_areRefusedNamingBoth() {
        Wallet mixed = wallet(Bech32.encodeSegwit("bc", 0, PROGRAM), Bech32.encodeSegwit("tb", 0, PROGRAM));

        assertThatThrownBy(() -> NodeRequests.network(mixed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several Bitcoin networks")
                .hasMessageContaining("MAINNET")
                .hasMessageContaining("TESTNET");
    }

    @Test
    void noBech32OwnAddress_isRefused() {
        assertThatThrownBy(() -> NodeRequests.network(wallet()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no bech32 own address");
    }
}
