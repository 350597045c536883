package dev.custos.detect.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InjectedAttackTest {
    private static SimulatedOrganisation history;
    private static Set<String> benignDestinations;
    private static Set<String> benignRequests;

    @BeforeAll
    static void simulate() {
        history = OrganisationSimulator.simulate(SimulationSettings.of(11, 40, 21));
        benignDestinations = new HashSet<>();
        benignRequests = new HashSet<>();
        for (Event event : parse(EventStream.lines(List.of(history.events())))) {
            event.text("custos.tx.to").ifPresent(benignDestinations::add);
            event.text("custos.request.id").ifPresent(benignRequests::add);
        }
    }

    private static List<Event> parse(List<String> lines) {
        EventParser parser = new EventParser();
        List<Event> events = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            ParsedLine parsed = parser.parse(lines.get(index), index + 1);
            assertThat(parsed).as(lines.get(index)).isInstanceOf(ParsedLine.Parsed.class);
            events.add(((ParsedLine.Parsed) parsed).event());
        }
        return events;
    }

    @Test
    void inject_sameSeed_sameAttack() {
        for (AttackScenario scenario : Scenarios.all()) {
            InjectedAttack first = InjectedAttack.inject(history, scenario, 5);
            InjectedAttack second = InjectedAttack.inject(history, scenario, 5);
            assertThat(EventStream.lines(List.of(second.events())))
                    .as(scenario.name())
                    .isEqualTo(EventStream.lines(List.of(first.events())));
            assertThat(second.truth()).isEqualTo(first.truth());
        }
    }

    @Test
    void inject_groundTruthMatchesTheInjectedRequests() {
        Instant end = history.settings().end();
        for (AttackScenario scenario : Scenarios.all()) {
            InjectedAttack attack = InjectedAttack.inject(history, scenario, 5);
            ScenarioTruth truth = attack.truth();
            Map<String, Event> requests = new TreeMap<>();
            for (Event event : parse(EventStream.lines(List.of(attack.events())))) {
                if (event.action().equals("signing.request")) {
                    Event previous =
                            requests.put(event.text("custos.request.id").orElseThrow(), event);
                    assertThat(previous)
                            .as("duplicate request id in " + scenario.name())
                            .isNull();
                }
            }
            assertThat(requests.keySet()).as(scenario.name()).isEqualTo(truth.attackRequests());
            assertThat(truth.theftRequests()).isNotEmpty();
            Event first = requests.get(truth.theftRequests().getFirst());
            assertThat(first.timestamp()).as(scenario.name()).isEqualTo(truth.theftTime());
            for (String id : truth.theftRequests()) {
                assertThat(requests.get(id).timestamp())
                        .isAfterOrEqualTo(truth.theftTime())
                        .isBefore(end);
            }
            assertThat(truth.start())
                    .isBeforeOrEqualTo(truth.theftTime())
                    .isAfterOrEqualTo(history.settings().start());
            assertThat(truth.attackRequests()).doesNotContainAnyElementsOf(benignRequests);
            double requested = truth.theftRequests().stream()
                    .mapToDouble(id ->
                            requests.get(id).number("custos.tx.amount_usd").orElseThrow())
                    .sum();
            assertThat(truth.stolenUsd())
                    .isCloseTo(
                            requested,
                            org.assertj.core.data.Offset.offset(
                                    1.0 * truth.theftRequests().size()));
            assertThat(truth.entities()).as(scenario.name()).isNotEmpty();
        }
    }

    @Test
    void inject_attackersUseFreshDestinationsNotSeenInHistory() {
        for (AttackScenario scenario : Scenarios.all()) {
            if (scenario.name().equals("radiant")) {
                continue; // the blind-signed transaction targets the organisation's own contract
            }
            InjectedAttack attack = InjectedAttack.inject(history, scenario, 5);
            for (Event event : parse(EventStream.lines(List.of(attack.events())))) {
                if (attack.truth()
                        .theftRequests()
                        .contains(event.text("custos.request.id").orElse(""))) {
                    assertThat(benignDestinations)
                            .as(scenario.name())
                            .doesNotContain(event.text("custos.tx.to").orElseThrow());
                }
            }
        }
    }

    @Test
    void scenarios_haveUniqueNames() {
        assertThat(Scenarios.all().stream().map(AttackScenario::name).distinct())
                .hasSize(Scenarios.all().size());
        assertThat(Scenarios.all()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void truth_theftMissingFromAttackRequests_throws() {
        Instant time = Instant.parse("2025-03-05T00:00:00Z");
        assertThatThrownBy(() -> new ScenarioTruth(
                        "x", "y", time, time, List.of("a"), Set.of("b"), Set.of("u"), 1, List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(
                        () -> new ScenarioTruth("x", "y", time, time, List.of(), Set.of(), Set.of("u"), 1, List.of()))
                .hasMessageContaining("no theft request");
        assertThatThrownBy(() -> new ScenarioTruth(
                        "x", "y", time.plusSeconds(1), time, List.of("a"), Set.of("a"), Set.of(), 1, List.of(1.0)))
                .hasMessageContaining("starts after");
    }
}
