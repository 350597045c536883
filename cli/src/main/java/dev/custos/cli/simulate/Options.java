package dev.custos.cli.simulate;

import dev.custos.cli.BadInputException;
import dev.custos.detect.simulation.SimulationSettings;

/** Validation of the simulation options shared by {@code simulate} and {@code evaluate}. */
final class Options {
    private Options() {}

    static SimulationSettings settings(long seed, int people, int days) {
        try {
            return SimulationSettings.of(seed, people, days);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("bad simulation option: " + e.getMessage(), e);
        }
    }
}
