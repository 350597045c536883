package dev.custos.chain.simulation;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Net balance changes per holder and asset from a simulation's effects: native coin from the value transfers, ERC-20
 * tokens from {@code Transfer(address,address,uint256)} events with three topics and a 32-byte amount (ERC-721
 * transfers, which carry the token id as a fourth topic, are not balances and are left out).
 */
public final class BalanceChanges {
    private static final BigInteger TRANSFER_TOPIC = new BigInteger(
            1,
            Hash32.keccak("Transfer(address,address,uint256)".getBytes(StandardCharsets.US_ASCII))
                    .bytes());

    private BalanceChanges() {}

    /** The non-zero net changes, native coin first, then tokens, each in order of first appearance. */
    public static List<BalanceChange> of(TraceEffects effects) {
        Map<Key, BigInteger> sums = new LinkedHashMap<>();
        for (ValueTransfer transfer : effects.valueTransfers()) {
            add(sums, new Key(Optional.empty(), transfer.from()), transfer.wei().negate());
            add(sums, new Key(Optional.empty(), transfer.to()), transfer.wei());
        }
        for (EventLog log : effects.logs()) {
            if (log.topics().size() == 3 && log.topics().get(0).equals(TRANSFER_TOPIC) && log.data().length == 32) {
                BigInteger amount = new BigInteger(1, log.data());
                Optional<Address> token = Optional.of(log.emitter());
                add(sums, new Key(token, StructLogTrace.addressWord(log.topics().get(1))), amount.negate());
                add(sums, new Key(token, StructLogTrace.addressWord(log.topics().get(2))), amount);
            }
        }
        List<BalanceChange> changes = new ArrayList<>();
        sums.forEach((key, delta) -> {
            if (delta.signum() != 0) {
                changes.add(new BalanceChange(key.token, key.holder, delta));
            }
        });
        return changes;
    }

    private static void add(Map<Key, BigInteger> sums, Key key, BigInteger delta) {
        sums.merge(key, delta, BigInteger::add);
    }

    private record Key(Optional<Address> token, Address holder) {}
}
