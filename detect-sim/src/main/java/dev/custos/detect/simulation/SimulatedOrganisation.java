package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A simulated history of ordinary activity.
 *
 * @param settings what was simulated
 * @param organisation its people and wallets
 * @param treasury wallet balances over time and customers
 * @param events the benign events, in generation order (not yet in time order)
 */
public record SimulatedOrganisation(
        SimulationSettings settings, Organisation organisation, Treasury treasury, List<SimulatedEvent> events) {
    public SimulatedOrganisation {
        requireNonNull(settings, "settings is null");
        requireNonNull(organisation, "organisation is null");
        requireNonNull(treasury, "treasury is null");
        events = List.copyOf(events);
    }
}
