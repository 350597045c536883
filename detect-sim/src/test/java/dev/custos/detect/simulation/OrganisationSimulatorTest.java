package dev.custos.detect.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrganisationSimulatorTest {
    private static final SimulationSettings SMALL = SimulationSettings.of(7, 30, 7);

    private static List<String> lines(SimulationSettings settings) {
        return EventStream.lines(
                List.of(OrganisationSimulator.simulate(settings).events()));
    }

    private static List<Event> parse(List<String> lines) {
        EventParser parser = new EventParser();
        List<Event> events = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            ParsedLine parsed = parser.parse(lines.get(index), index + 1);
            assertThat(parsed).as("line %d: %s", index + 1, lines.get(index)).isInstanceOf(ParsedLine.Parsed.class);
            events.add(((ParsedLine.Parsed) parsed).event());
        }
        return events;
    }

    @Test
    void simulate_sameSeed_sameEvents() {
        assertThat(lines(SMALL)).isEqualTo(lines(SMALL));
    }

    @Test
    void simulate_otherSeed_otherEvents() {
        assertThat(lines(SMALL)).isNotEqualTo(lines(SimulationSettings.of(8, 30, 7)));
    }

    @Test
    void simulate_everyLineParsesInTimeOrderWithUniqueIds() {
        List<Event> events = parse(lines(SMALL));
        assertThat(events).hasSizeGreaterThan(1_000);
        Set<String> ids = new HashSet<>();
        for (int index = 1; index < events.size(); index++) {
            assertThat(events.get(index).timestamp())
                    .isAfterOrEqualTo(events.get(index - 1).timestamp());
        }
        events.forEach(event -> assertThat(ids.add(event.id().orElseThrow())).isTrue());
    }

    @Test
    void simulate_hostEvents_leaveTheRestOfTheHistoryAsItWas() {
        SimulatedOrganisation history = OrganisationSimulator.simulate(SMALL);
        List<SimulatedEvent> rest = history.events().stream()
                .filter(event -> event.sequence() < OrganisationSimulator.HOST_EVENTS_SEQUENCE)
                .toList();
        List<SimulatedEvent> host = history.events().stream()
                .filter(event -> event.sequence() >= OrganisationSimulator.HOST_EVENTS_SEQUENCE)
                .toList();

        assertThat(host)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(
                                event.fields().path("event.category").asText())
                        .isIn("network", "email", "file"));
        assertThat(rest)
                .noneMatch(event -> List.of("email", "file", "flow", "dns.query")
                        .contains(
                                event.fields().path("event.category").asText().equals("network")
                                        ? event.fields().path("event.action").asText()
                                        : event.fields().path("event.category").asText()));
        // the sequence numbers of the rest run on without gaps, as they did before host events were simulated
        assertThat(rest.getLast().sequence()).isEqualTo(rest.size() - 1L);
    }

    @Test
    void simulate_producesEveryKindOfEvent() {
        Set<String> kinds = new HashSet<>();
        parse(lines(SimulationSettings.of(3, 60, 21)))
                .forEach(event -> kinds.add(event.category() + "/" + event.action()));
        assertThat(kinds)
                .contains(
                        "authentication/login",
                        "process/exec",
                        "api/wallet.view",
                        "api/signing.request",
                        "network/chain.transfer_out",
                        "iam/mfa_reset",
                        "iam/device_enrolled",
                        "api/policy.change_proposed",
                        "api/policy.change_approved",
                        "network/flow",
                        "network/dns.query",
                        "email/received",
                        "file/download",
                        "file/execution",
                        "file/package_install");
        assertThat(kinds).anyMatch(kind -> kind.startsWith("configuration/governance."));
    }

    @Test
    void organisation_hasEveryRoleAndTwoHundredPeopleWhenAsked() {
        Organisation organisation = Organisation.generate(new SplittableRandom(1), 200);
        assertThat(organisation.people()).hasSize(200);
        for (Role role : Role.values()) {
            assertThat(organisation.inRole(role)).as(role.label()).hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(organisation.people().stream().map(Person::name).distinct()).hasSize(200);
        assertThat(organisation.people().stream()
                        .map(person -> person.home().country())
                        .distinct())
                .hasSizeGreaterThan(5);
    }

    @Test
    void withdrawals_goMostlyToRecurringDestinationsWithHeavyTailedAmounts() {
        List<Event> events = parse(lines(SimulationSettings.of(5, 40, 14)));
        Set<String> seen = new HashSet<>();
        int requests = 0;
        int recurring = 0;
        List<Double> amounts = new ArrayList<>();
        for (Event event : events) {
            if (!event.action().equals("signing.request")
                    || !event.userName().orElseThrow().equals(Organisation.PAYOUT_SERVICE)) {
                continue;
            }
            requests++;
            String key = event.text("custos.wallet.id").orElseThrow() + "/"
                    + event.text("custos.tx.to").orElseThrow();
            if (!seen.add(key)) {
                recurring++;
            }
            amounts.add(event.number("custos.tx.amount_usd").orElseThrow());
        }
        assertThat(requests).isGreaterThan(500);
        assertThat((double) recurring / requests).isGreaterThan(0.6);
        amounts.sort(null);
        double median = amounts.get(amounts.size() / 2);
        double p99 = amounts.get(amounts.size() * 99 / 100);
        assertThat(p99 / median).as("99th percentile over median").isGreaterThan(15);
    }

    @Test
    void signingRequests_carryTheSigningRequestFields() {
        for (Event event : parse(lines(SMALL))) {
            if (!event.action().equals("signing.request")) {
                continue;
            }
            for (String field : List.of(
                    "custos.request.id",
                    "custos.wallet.id",
                    "custos.wallet.tier",
                    "custos.wallet.balance_usd",
                    "custos.tx.chain",
                    "custos.tx.to",
                    "custos.tx.asset",
                    "custos.tx.amount",
                    "custos.tx.amount_usd",
                    "user.name")) {
                JsonNode value = event.node(field).orElse(null);
                assertThat(value).as(field).isNotNull();
            }
            assertThat(event.number("custos.wallet.balance_usd").orElseThrow()).isGreaterThanOrEqualTo(0);
        }
    }
}
