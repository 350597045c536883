package dev.custos.policy.simulation;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a simulation of the request found, for the {@code sim.*} variables: whether one ran at all, whether the
 * simulated transaction reverts, whether it changes the wallet's own storage beyond the nonce, the flags those changes
 * raise ({@code implementation_change} above all), and the wallet's outflows per asset. The evaluator prices the
 * outflows itself with the policy's price table.
 *
 * <p>A simulation is only as good as the node it ran on and the moment it ran: the state can change before the
 * transaction executes. It is an input of the evaluator that ran it; a signer node never takes one from the
 * coordinator, and evaluates with {@link #unavailable()}.
 *
 * @param available whether a simulation ran and its result was read
 * @param reverted whether the simulated transaction reverts
 * @param walletStorageChanged whether the wallet's own storage changes beyond the nonce
 * @param flags the flags the wallet's storage changes raise, wire names, sorted
 * @param outflows the wallet's net outflows, one per asset
 */
public record SimulationFacts(
        boolean available, boolean reverted, boolean walletStorageChanged, List<String> flags, List<Outflow> outflows) {
    private static final Pattern FLAG = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public SimulationFacts {
        flags = List.copyOf(Objects.requireNonNull(flags, "flags is null")).stream()
                .sorted()
                .toList();
        outflows = List.copyOf(Objects.requireNonNull(outflows, "outflows is null"));
        for (String flag : flags) {
            if (!FLAG.matcher(flag).matches()) {
                throw new IllegalArgumentException("simulation flag '" + flag + "' is not a flag name");
            }
        }
        if (!available && (reverted || walletStorageChanged || !flags.isEmpty() || !outflows.isEmpty())) {
            throw new IllegalArgumentException("a simulation that is not available has no findings");
        }
    }

    /** No simulation: what a signer node, or an evaluator without a chain node, decides with. */
    public static SimulationFacts unavailable() {
        return new SimulationFacts(false, false, false, List.of(), List.of());
    }

    /** Whether the simulation rewrites the wallet's code pointer (a Safe's slot 0, the Bybit takeover). */
    public boolean implementationChange() {
        return flags.contains("implementation_change");
    }

    /**
     * The wallet's net outflow of one asset in the simulation.
     *
     * @param asset {@code native} or the lower-case {@code 0x} address of an ERC-20 token, as the price table names it
     * @param amount the amount that leaves the wallet, in the asset's smallest unit; positive
     */
    public record Outflow(String asset, BigInteger amount) {
        private static final Pattern ASSET = Pattern.compile("native|0x[0-9a-f]{40}");

        public Outflow {
            Objects.requireNonNull(asset, "asset is null");
            Objects.requireNonNull(amount, "amount is null");
            if (!ASSET.matcher(asset).matches()) {
                throw new IllegalArgumentException(
                        "an outflow's asset is 'native' or a lower-case 0x address, not '" + asset + "'");
            }
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("an outflow's amount is positive, got " + amount);
            }
        }
    }
}
