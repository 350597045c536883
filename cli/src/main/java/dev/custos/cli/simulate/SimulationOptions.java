package dev.custos.cli.simulate;

import dev.custos.cli.input.BadInputException;
import dev.custos.detect.simulation.OrganisationShape;
import dev.custos.detect.simulation.SimulationSettings;
import picocli.CommandLine.Option;

/** The simulation options shared by {@code simulate} and {@code evaluate}, as a picocli mixin. */
final class SimulationOptions {
    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--people",
            paramLabel = "N",
            defaultValue = "200",
            description = "People (default: ${DEFAULT-VALUE}).")
    private int people;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "42",
            description = "Days of history (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(
            names = "--shape",
            paramLabel = "NAME",
            defaultValue = "standard",
            description = "Organisation shape: standard (development), apac-exchange or americas-custodian (held out;"
                    + " see docs/DETECTION.md) (default: ${DEFAULT-VALUE}).")
    private String shape;

    long seed() {
        return seed;
    }

    int people() {
        return people;
    }

    int days() {
        return days;
    }

    /** The validated settings; a bad value is reported as bad input. */
    SimulationSettings settings() {
        try {
            return SimulationSettings.of(seed, people, days, OrganisationShape.named(shape));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("bad simulation option: " + e.getMessage(), e);
        }
    }
}
