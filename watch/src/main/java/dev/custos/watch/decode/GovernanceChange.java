package dev.custos.watch.decode;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A governance change read from a log ({@code governance.<change>} in docs/EVENTS.md).
 *
 * @param change the change, for example {@code owner_added}
 * @param contract the contract that changed
 * @param oldValue the value before, when the log carries it
 * @param newValue the value after, when the log carries it
 * @param priorSlot the storage slot of {@code contract} that held the value before, to be read at the previous block
 *     when the log does not carry it
 * @param details further fields of the event (ECS names under {@code custos.governance.})
 */
public record GovernanceChange(
        String change,
        Address contract,
        Optional<String> oldValue,
        Optional<String> newValue,
        Optional<BigInteger> priorSlot,
        Map<String, String> details)
        implements Observation {
    private static final Pattern CHANGE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public GovernanceChange {
        Objects.requireNonNull(change, "change is null");
        if (!CHANGE.matcher(change).matches()) {
            throw new IllegalArgumentException("change must be lower-case letters, digits and '_': " + change);
        }
        Objects.requireNonNull(contract, "contract is null");
        Objects.requireNonNull(oldValue, "oldValue is null");
        Objects.requireNonNull(newValue, "newValue is null");
        Objects.requireNonNull(priorSlot, "priorSlot is null");
        details = Map.copyOf(Objects.requireNonNull(details, "details is null"));
    }

    /** A change whose log carries both values (or neither needs reading). */
    static GovernanceChange of(String change, Address contract, Optional<String> oldValue, Optional<String> newValue) {
        return new GovernanceChange(change, contract, oldValue, newValue, Optional.empty(), Map.of());
    }

    /** This change with {@code details}. */
    GovernanceChange with(Map<String, String> more) {
        return new GovernanceChange(change, contract, oldValue, newValue, priorSlot, more);
    }
}
