package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;

/** Generates the ordinary activity of an organisation, day by day; the same settings give the same events. */
public final class OrganisationSimulator {
    private OrganisationSimulator() {}

    public static SimulatedOrganisation simulate(SimulationSettings settings) {
        requireNonNull(settings, "settings is null");
        SplittableRandom root = new SplittableRandom(settings.seed());
        Organisation organisation = Organisation.generate(root.split(), settings.people());
        Treasury treasury = new Treasury(organisation.wallets(), settings.start());
        EventSink sink = new EventSink(0);
        WorkforceActivity workforce = new WorkforceActivity(organisation, treasury, root.split(), sink, settings);
        TreasuryActivity money = new TreasuryActivity(organisation, treasury, root.split(), sink, settings);
        for (int day = 0; day < settings.days(); day++) {
            money.day(day);
            workforce.day(day);
        }
        return new SimulatedOrganisation(settings, organisation, treasury, sink.events());
    }
}
