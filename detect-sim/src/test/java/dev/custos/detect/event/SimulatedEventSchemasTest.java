package dev.custos.detect.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.detect.ContractSchemas;
import dev.custos.detect.simulation.AttackScenario;
import dev.custos.detect.simulation.EventStream;
import dev.custos.detect.simulation.InjectedAttack;
import dev.custos.detect.simulation.OrganisationSimulator;
import dev.custos.detect.simulation.Scenarios;
import dev.custos.detect.simulation.SimulatedEvent;
import dev.custos.detect.simulation.SimulatedOrganisation;
import dev.custos.detect.simulation.SimulationSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The simulator's events, history and every attack, against docs/schemas (the documented event contract). */
class SimulatedEventSchemasTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EventSchemas schemas = new EventSchemas();
    private final EventParser parser = new EventParser();

    @Test
    void simulatedEvents_historyAndEveryAttack_matchTheirKindSchema() {
        SimulatedOrganisation history = OrganisationSimulator.simulate(SimulationSettings.of(11, 40, 21));
        List<List<SimulatedEvent>> parts = new ArrayList<>();
        parts.add(history.events());
        for (AttackScenario scenario : Scenarios.all()) {
            parts.add(InjectedAttack.inject(history, scenario, 5).events());
        }
        Set<String> kindsSeen = new TreeSet<>();
        List<String> lines = EventStream.lines(parts);
        for (String line : lines) {
            Event event = parse(line);
            String kind = EventSchemas.kindOf(event).orElseThrow(() -> new AssertionError("no kind: " + line));
            kindsSeen.add(kind);
            assertThat(schemas.errors(kind, event)).as(line).isEmpty();
            assertThat(schemas.errors(ContractSchemas.ANY_EVENT, event))
                    .as(line)
                    .isEmpty();
        }
        assertThat(lines).hasSizeGreaterThan(1_000);
        List<String> simulated = new ArrayList<>(ContractSchemas.EVENT_KINDS);
        simulated.removeAll(ContractSchemas.SERVER_KINDS);
        assertThat(kindsSeen).containsExactlyInAnyOrderElementsOf(simulated);
    }

    /** Parses one event as the one line it would be on the wire. */
    private Event parse(String json) {
        ParsedLine parsed = parser.parse(readTree(json).toString(), 1);
        assertThat(parsed).as(json).isInstanceOf(ParsedLine.Parsed.class);
        return ((ParsedLine.Parsed) parsed).event();
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
