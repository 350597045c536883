package dev.custos.watch.decode;

import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** The storage slots that hold the values governance events change, read to learn the value before a change. */
public final class StorageSlots {
    /** A Safe's singleton (1.3+; {@code masterCopy} in 1.1.1): the code every call runs. */
    public static final BigInteger SAFE_SINGLETON = BigInteger.ZERO;
    /** A Safe's threshold (after singleton, modules, owners and owner count). */
    public static final BigInteger SAFE_THRESHOLD = BigInteger.valueOf(4);
    /** A Safe's guard (1.3+): {@code keccak256("guard_manager.guard.address")}. */
    public static final BigInteger SAFE_GUARD = keccak("guard_manager.guard.address");
    /** A Safe's fallback handler: {@code keccak256("fallback_manager.handler.address")}. */
    public static final BigInteger SAFE_FALLBACK_HANDLER = keccak("fallback_manager.handler.address");
    /** EIP-1967 implementation: {@code keccak256("eip1967.proxy.implementation") - 1}. */
    public static final BigInteger EIP1967_IMPLEMENTATION =
            keccak("eip1967.proxy.implementation").subtract(BigInteger.ONE);
    /** EIP-1967 beacon: {@code keccak256("eip1967.proxy.beacon") - 1}. */
    public static final BigInteger EIP1967_BEACON =
            keccak("eip1967.proxy.beacon").subtract(BigInteger.ONE);

    private StorageSlots() {}

    private static BigInteger keccak(String text) {
        return new BigInteger(
                1, Hash32.keccak(text.getBytes(StandardCharsets.US_ASCII)).bytes());
    }
}
