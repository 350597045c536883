package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generates the ordinary activity of an organisation, day by day; the same settings give the same events. */
public final class OrganisationSimulator {
    /** The account that provisions users. */
    public static final String DIRECTORY = "svc-directory";

    private static final int DIRECTORY_DAYS = 30;
    /** Where the network, DNS, mail and file events' sequence numbers start. */
    static final long HOST_EVENTS_SEQUENCE = 1L << 40;

    private OrganisationSimulator() {}

    public static SimulatedOrganisation simulate(SimulationSettings settings) {
        requireNonNull(settings, "settings is null");
        SplittableRandom root = new SplittableRandom(settings.seed());
        Organisation organisation = Organisation.generate(root.split(), settings.people(), settings.shape());
        Treasury treasury = new Treasury(
                organisation.wallets(), settings.start(), settings.shape().newCustomerShare());
        EventSink sink = new EventSink(0);
        directorySync(organisation, settings, sink);
        WorkforceActivity workforce = new WorkforceActivity(organisation, treasury, root.split(), sink, settings);
        TreasuryActivity money = new TreasuryActivity(organisation, treasury, root.split(), sink, settings);
        // Network, DNS, mail and file events draw from their own streams and sort after same-time events of the
        // rest, so the rest of the history is what it was before they were simulated.
        EventSink hostSink = new EventSink(HOST_EVENTS_SEQUENCE);
        NetworkActivity network = new NetworkActivity(organisation, root.split(), hostSink, settings);
        MailAndFileActivity mail = new MailAndFileActivity(organisation, root.split(), hostSink, settings);
        for (int day = 0; day < settings.days(); day++) {
            money.day(day);
            workforce.day(day);
            network.day(day);
            mail.day(day);
        }
        List<SimulatedEvent> events = new ArrayList<>(sink.events());
        events.addAll(hostSink.events());
        return new SimulatedOrganisation(settings, organisation, treasury, events);
    }

    /**
     * The identity directory as it stood before the simulated period: one {@code iam/user_created} event per person
     * with their {@code custos.role}, {@value #DIRECTORY_DAYS} days before the start (outside the correlation
     * window), so that role-based peer groups exist from the first day.
     */
    private static void directorySync(Organisation organisation, SimulationSettings settings, EventSink sink) {
        Instant created = settings.start().minus(Duration.ofDays(DIRECTORY_DAYS));
        int index = 0;
        for (Person person : organisation.people()) {
            sink.identity(
                    created.plusSeconds(index++),
                    "user_created",
                    DIRECTORY,
                    person.name(),
                    person.role().label());
        }
    }
}
