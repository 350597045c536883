package dev.custos.chain.simulation;

import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.intent.Flag;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;

/**
 * What a storage slot of a Safe (every version from 1.0.0 on shares the layout) holds, and the flag a change of it
 * raises: slot 0 the singleton (the code the proxy runs: a change is {@code implementation_change}, the Bybit
 * takeover), 1 the modules list, 2 the owners list, 3 the owner count, 4 the threshold, 5 the nonce (every execution
 * bumps it), and the guard and fallback handler at their hashed slots. Mapping entries are recognised when their key
 * is among the addresses the same simulation wrote (linked lists point at each other) or the list sentinel.
 */
public enum SafeSlot {
    SINGLETON(Optional.of(Flag.IMPLEMENTATION_CHANGE)),
    MODULES(Optional.of(Flag.MODULE_CHANGE)),
    OWNERS(Optional.of(Flag.OWNER_CHANGE)),
    OWNER_COUNT(Optional.of(Flag.OWNER_CHANGE)),
    THRESHOLD(Optional.of(Flag.THRESHOLD_CHANGE)),
    NONCE(Optional.empty()),
    GUARD(Optional.of(Flag.GUARD_CHANGE)),
    FALLBACK_HANDLER(Optional.of(Flag.FALLBACK_HANDLER_CHANGE)),
    /** A slot the Safe's own code never writes: only foreign code run by DELEGATECALL does. */
    OTHER(Optional.empty());

    private static final BigInteger GUARD_SLOT = slot("guard_manager.guard.address");
    private static final BigInteger FALLBACK_HANDLER_SLOT = slot("fallback_manager.handler.address");
    private static final Address SENTINEL = Address.of(sentinel());

    private final Optional<Flag> flag;

    SafeSlot(Optional<Flag> flag) {
        this.flag = flag;
    }

    /** The intent flag a change of this slot raises, if any. */
    public Optional<Flag> flag() {
        return flag;
    }

    /** What {@code slot} holds; {@code candidates} are the addresses to try as mapping keys. */
    public static SafeSlot of(BigInteger slot, Collection<Address> candidates) {
        if (slot.signum() >= 0 && slot.compareTo(BigInteger.valueOf(5)) <= 0) {
            return switch (slot.intValue()) {
                case 0 -> SINGLETON;
                case 1 -> MODULES;
                case 2 -> OWNERS;
                case 3 -> OWNER_COUNT;
                case 4 -> THRESHOLD;
                default -> NONCE;
            };
        }
        if (slot.equals(GUARD_SLOT)) {
            return GUARD;
        }
        if (slot.equals(FALLBACK_HANDLER_SLOT)) {
            return FALLBACK_HANDLER;
        }
        for (Address key : candidates) {
            if (slot.equals(mappingSlot(key, 1))) {
                return MODULES;
            }
            if (slot.equals(mappingSlot(key, 2))) {
                return OWNERS;
            }
        }
        for (int base = 1; base <= 2; base++) {
            if (slot.equals(mappingSlot(SENTINEL, base))) {
                return base == 1 ? MODULES : OWNERS;
            }
        }
        return OTHER;
    }

    private static BigInteger mappingSlot(Address key, int base) {
        return new BigInteger(
                1,
                Hash32.keccak(
                                AbiEncoder.word(new BigInteger(1, key.bytes())),
                                AbiEncoder.word(BigInteger.valueOf(base)))
                        .bytes());
    }

    private static BigInteger slot(String name) {
        return new BigInteger(
                1, Hash32.keccak(name.getBytes(StandardCharsets.US_ASCII)).bytes());
    }

    private static byte[] sentinel() {
        byte[] bytes = new byte[Address.LENGTH];
        bytes[Address.LENGTH - 1] = 1;
        return bytes;
    }
}
