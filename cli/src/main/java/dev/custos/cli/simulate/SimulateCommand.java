package dev.custos.cli.simulate;

import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.detect.simulation.AttackScenario;
import dev.custos.detect.simulation.EventStream;
import dev.custos.detect.simulation.InjectedAttack;
import dev.custos.detect.simulation.OrganisationSimulator;
import dev.custos.detect.simulation.ScenarioTruth;
import dev.custos.detect.simulation.SimulatedEvent;
import dev.custos.detect.simulation.SimulatedOrganisation;
import dev.custos.detect.simulation.SimulationSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos simulate}: writes a simulated organisation's ECS events, optionally with attacks injected. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates an organisation (people in roles, devices, travel, on-call nights, customer withdrawals,"
                    + " treasury refills, governance changes) and writes its ECS events (docs/EVENTS.md), one JSON object per line,"
                    + " in event-time order: input for 'custos replay'.",
            "With --scenario, attacks are injected; their ground truth (theft request ids) goes to --truth or stderr."
        })
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description = "Inject this attack (repeatable, or 'all'): ${COMPLETION-CANDIDATES}",
            completionCandidates = ScenarioNames.class)
    private List<String> scenarioNames = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write events here instead of stdout.")
    private Path out;

    @Option(
            names = "--truth",
            paramLabel = "FILE",
            description = "Write the scenarios' ground truth here (JSON lines).")
    private Path truthFile;

    @Override
    public Integer call() {
        SimulationSettings settings = simulation.settings();
        List<AttackScenario> scenarios = ScenarioNames.resolve(scenarioNames);
        SimulatedOrganisation history = OrganisationSimulator.simulate(settings);
        List<List<SimulatedEvent>> parts = new ArrayList<>();
        parts.add(history.events());
        List<ScenarioTruth> truths = new ArrayList<>();
        for (AttackScenario scenario : scenarios) {
            InjectedAttack attack = InjectedAttack.inject(history, scenario, simulation.seed());
            parts.add(attack.events());
            truths.add(attack.truth());
        }
        List<String> lines = EventStream.lines(parts);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            EventStream.write(lines, stdout);
        } else {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                EventStream.write(lines, writer);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        if (truthFile == null) {
            truths.forEach(truth -> JsonLines.write(spec.commandLine().getErr(), TruthJson.of(truth)));
        } else {
            try (PrintWriter target = new PrintWriter(Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8))) {
                truths.forEach(truth -> JsonLines.write(target, TruthJson.of(truth)));
            } catch (IOException e) {
                throw new BadInputException("cannot write " + truthFile + ": " + e.getMessage(), e);
            }
        }
        spec.commandLine()
                .getErr()
                .printf(
                        "custos simulate: %d events, %d people, %d days, %d scenarios%n",
                        lines.size(), simulation.people(), simulation.days(), scenarios.size());
        spec.commandLine().getErr().flush();
        return 0;
    }
}
