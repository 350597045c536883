package dev.custos.server.wallets;

import dev.custos.chain.bitcoin.Base58Check;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.TaprootAddress;
import dev.custos.coordinator.job.Wallet;
import java.util.Locale;

/** The address a wallet's key has on its chain. */
final class WalletAddresses {
    private WalletAddresses() {}

    static String of(Wallet wallet, Network network) {
        return switch (wallet.scheme()) {
            case ECDSA_SECP256K1 ->
                wallet.address().orElseThrow(() -> new IllegalStateException("an ECDSA wallet has an address"));
            case FROST_SECP256K1_TR -> TaprootAddress.of(wallet.publicKey(), network);
            case FROST_ED25519 -> Base58Check.encodeRaw(wallet.publicKey());
        };
    }

    static Network network(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mainnet" -> Network.MAINNET;
            case "testnet" -> Network.TESTNET;
            case "regtest" -> Network.REGTEST;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
