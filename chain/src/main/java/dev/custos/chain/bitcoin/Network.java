package dev.custos.chain.bitcoin;

import java.util.Optional;

/** A Bitcoin network: address prefixes and extended-key versions. */
public enum Network {
    MAINNET("bc", 0x00, 0x05, 0x0488b21eL),
    TESTNET("tb", 0x6f, 0xc4, 0x043587cfL),
    REGTEST("bcrt", 0x6f, 0xc4, 0x043587cfL);

    private final String hrp;
    private final int pubkeyHashVersion;
    private final int scriptHashVersion;
    private final long xpubVersion;

    Network(String hrp, int pubkeyHashVersion, int scriptHashVersion, long xpubVersion) {
        this.hrp = hrp;
        this.pubkeyHashVersion = pubkeyHashVersion;
        this.scriptHashVersion = scriptHashVersion;
        this.xpubVersion = xpubVersion;
    }

    /** The bech32 human-readable part. */
    public String hrp() {
        return hrp;
    }

    public int pubkeyHashVersion() {
        return pubkeyHashVersion;
    }

    public int scriptHashVersion() {
        return scriptHashVersion;
    }

    /** Mainnet for {@code xpub}, testnet for {@code tpub}; other versions (SLIP-132 ypub, zpub...) name none. */
    static Optional<Network> fromXpubVersion(long version) {
        if (version == MAINNET.xpubVersion) {
            return Optional.of(MAINNET);
        }
        return version == TESTNET.xpubVersion ? Optional.of(TESTNET) : Optional.empty();
    }
}
