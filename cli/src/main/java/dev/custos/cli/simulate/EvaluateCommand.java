package dev.custos.cli.simulate;

import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.detect.evaluation.Evaluation;
import dev.custos.detect.evaluation.EvaluationReport;
import dev.custos.detect.evaluation.HeldOut;
import dev.custos.detect.evaluation.ReportChart;
import dev.custos.detect.evaluation.ReportFormat;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.intel.IntelLoader;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.simulation.AttackScenario;
import dev.custos.detect.simulation.SimulationSettings;
import java.io.IOException;
import java.io.PrintWriter;
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

/** {@code custos evaluate}: measures the detection pipeline on a simulated organisation with injected attacks. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates an organisation, runs the standard detection pipeline over its benign history (false"
                    + " escalations, alert volume) and over the history with each attack injected in turn (was the"
                    + " theft request escalated or denied; lead time of the first high alert).",
            "Prints a table (or one JSON object with --json); progress goes to stderr."
        })
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SimulationOptions simulation = new SimulationOptions();

    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description = "Only these scenarios (repeatable; default all): ${COMPLETION-CANDIDATES}",
            completionCandidates = ScenarioNames.class)
    private List<String> scenarioNames = new ArrayList<>();

    @Option(
            names = "--held-out",
            description = "Run the held-out evaluation instead: the organisation shapes and seeds kept out of"
                    + " development (docs/DETECTION.md, \"Held-out evaluation\"); --seed, --people, --days and --shape"
                    + " are ignored.")
    private boolean heldOut;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write an SVG chart of the results.")
    private Path chart;

    @Override
    public Integer call() {
        List<AttackScenario> scenarios =
                ScenarioNames.resolve(scenarioNames.isEmpty() ? List.of("all") : scenarioNames);
        List<SimulationSettings> runs = heldOut ? HeldOut.RUNS : List.of(simulation.settings());
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        AddressIntel intel = IntelLoader.defaults();
        EvaluationReport report = null;
        for (SimulationSettings settings : runs) {
            report = Evaluation.run(
                    settings, scenarios, () -> DetectionPipeline.standard(intel, ForestSettings.DEFAULT), line -> {
                        err.println("custos evaluate: " + settings.shape().name() + " seed " + settings.seed() + ": "
                                + line);
                        err.flush();
                    });
            if (json) {
                JsonLines.write(out, ReportFormat.toJson(report));
            } else {
                out.print(ReportFormat.toTable(report));
                out.println();
                out.flush();
            }
        }
        if (chart != null) {
            try {
                Files.writeString(
                        chart, ReportChart.svg(java.util.Objects.requireNonNull(report)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("cannot write chart " + chart + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }
}
