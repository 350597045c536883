package dev.custos.policy.eval;

import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Price;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.simulation.SimulationFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code sim.*} variables from the evaluator's own simulation (docs/POLICY.md, "Simulation variables"). The
 * outflows are priced here with the policy's price table, as the derived transfers are; without a simulation every
 * variable reads "nothing found" and {@code sim.available} is false, so a rule that must not pass unsimulated is
 * written {@code !sim.available || …}.
 */
final class SimulationVariables {
    private SimulationVariables() {}

    static Map<String, Object> of(Policy policy, Wallet wallet, SimulationFacts simulation) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("sim.available", simulation.available());
        vars.put("sim.reverted", simulation.reverted());
        vars.put("sim.wallet_storage_changed", simulation.walletStorageChanged());
        vars.put("sim.implementation_change", simulation.implementationChange());
        vars.put("sim.flags", simulation.flags());
        List<Map<String, String>> outflows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean unpriced = false;
        for (SimulationFacts.Outflow outflow : simulation.outflows()) {
            Optional<BigDecimal> usd =
                    policy.prices().price(wallet.chain(), outflow.asset()).map(price -> value(price, outflow));
            Map<String, String> entry = new TreeMap<>();
            entry.put("asset", outflow.asset());
            entry.put("amount", outflow.amount().toString());
            entry.put("usd", usd.map(BigDecimal::toPlainString).orElse(""));
            outflows.add(entry);
            if (usd.isPresent()) {
                total = total.add(usd.get());
            } else {
                unpriced = true;
            }
        }
        vars.put("sim.outflows", List.copyOf(outflows));
        vars.put("sim.outflows_usd", total.doubleValue());
        vars.put("sim.outflows_unpriced", unpriced);
        return vars;
    }

    private static BigDecimal value(Price price, SimulationFacts.Outflow outflow) {
        return price.value(outflow.amount());
    }
}
