package dev.custos.chain.bitcoin;

import static java.util.Objects.requireNonNull;

/** The BIP341 key-path-only P2TR address of an x-only internal key (no script tree), as BIP86 wallets derive it. */
public final class TaprootAddress {
    private TaprootAddress() {}

    /**
     * The bech32m address of {@code x(P + int(hash_TapTweak(x(P))) G)} on {@code network}.
     *
     * @param internalKey the 32-byte x-only internal key
     * @param network the network whose human-readable part the address carries
     * @throws IllegalArgumentException when the key is not 32 bytes or not the x coordinate of a curve point
     */
    public static String of(byte[] internalKey, Network network) {
        requireNonNull(internalKey, "internalKey is null");
        requireNonNull(network, "network is null");
        if (internalKey.length != 32) {
            throw new IllegalArgumentException("an x-only key is 32 bytes, got " + internalKey.length);
        }
        byte[] outputKey = OwnScripts.taprootOutputKey(internalKey);
        if (outputKey.length != 32) {
            throw new IllegalArgumentException("the internal key is not the x coordinate of a point on secp256k1");
        }
        return Bech32.encodeSegwit(network.hrp(), 1, outputKey);
    }
}
