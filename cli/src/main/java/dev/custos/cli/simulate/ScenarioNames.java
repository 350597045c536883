package dev.custos.cli.simulate;

import dev.custos.cli.input.BadInputException;
import dev.custos.detect.simulation.AttackScenario;
import dev.custos.detect.simulation.Scenarios;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The scenario names the commands accept ({@code all} for every one). */
final class ScenarioNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>();
        names.add("all");
        Scenarios.all().forEach(scenario -> names.add(scenario.name()));
        return names.iterator();
    }

    static List<AttackScenario> resolve(List<String> names) {
        List<AttackScenario> chosen = new ArrayList<>();
        for (String name : names) {
            if (name.equals("all")) {
                chosen.addAll(Scenarios.all());
                continue;
            }
            AttackScenario scenario = Scenarios.all().stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException(
                            "unknown scenario '" + name + "'; known: " + String.join(", ", new ScenarioNames())));
            chosen.add(scenario);
        }
        return chosen;
    }
}
