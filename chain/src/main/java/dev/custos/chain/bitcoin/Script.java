package dev.custos.chain.bitcoin;

import dev.custos.chain.Hex;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** A script, classified by exact template match. */
public final class Script {
    private final byte[] bytes;

    public Script(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes is null").clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public ScriptType type() {
        int n = bytes.length;
        if (n == 25 && u(0) == 0x76 && u(1) == 0xa9 && u(2) == 0x14 && u(23) == 0x88 && u(24) == 0xac) {
            return ScriptType.P2PKH;
        }
        if (n == 23 && u(0) == 0xa9 && u(1) == 0x14 && u(22) == 0x87) {
            return ScriptType.P2SH;
        }
        if (n == 22 && u(0) == 0x00 && u(1) == 0x14) {
            return ScriptType.P2WPKH;
        }
        if (n == 34 && u(0) == 0x00 && u(1) == 0x20) {
            return ScriptType.P2WSH;
        }
        if (n == 34 && u(0) == 0x51 && u(1) == 0x20) {
            return ScriptType.P2TR;
        }
        if (n >= 1 && u(0) == 0x6a) {
            return ScriptType.OP_RETURN;
        }
        return ScriptType.UNKNOWN;
    }

    /** The address of a standard script on {@code network}; none for OP_RETURN and unknown scripts. */
    public Optional<String> address(Network network) {
        Objects.requireNonNull(network, "network is null");
        return switch (type()) {
            case P2PKH -> Optional.of(Base58Check.encode(network.pubkeyHashVersion(), slice(3, 23)));
            case P2SH -> Optional.of(Base58Check.encode(network.scriptHashVersion(), slice(2, 22)));
            case P2WPKH, P2WSH -> Optional.of(Bech32.encodeSegwit(network.hrp(), 0, slice(2, bytes.length)));
            case P2TR -> Optional.of(Bech32.encodeSegwit(network.hrp(), 1, slice(2, 34)));
            case OP_RETURN, UNKNOWN -> Optional.empty();
        };
    }

    private int u(int index) {
        return bytes[index] & 0xff;
    }

    private byte[] slice(int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Script that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Hex.encodeWithoutPrefix(bytes);
    }
}
