package dev.custos.cli.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.Policy;
import dev.custos.policy.testing.PolicyTestRunner;
import dev.custos.policy.testing.TestCaseResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos policy test}: runs policy test cases. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Runs policy test cases: {\"cases\":[{\"name\",\"now\"?,\"request\":{signing.request event},"
                    + "\"expect\":{\"decision\",\"matched_rules\"?:[..]}}]} against a policy (default: baseline).",
            "Exit code 0 if every case passes, 1 if one fails, 2 for unreadable or invalid files."
        })
public final class PolicyTestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--cases", paramLabel = "FILE", required = true, description = "Test cases (JSON).")
    private String casesFile;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy document; default: the baseline.")
    private String policyFile;

    @Option(names = "--json", description = "One JSON object per case: {\"name\",\"passed\",\"failure\"}.")
    private boolean json;

    @Override
    public Integer call() {
        Policy policy = PolicyFiles.policy(policyFile);
        List<TestCaseResult> results;
        try {
            results = PolicyTestRunner.run(policy, PolicyFiles.readJson(casesFile, "--cases"));
        } catch (PolicyInputException e) {
            throw new BadInputException("--cases " + casesFile + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        long failed = results.stream().filter(result -> !result.passed()).count();
        for (TestCaseResult result : results) {
            if (json) {
                ObjectNode node = JsonLines.object();
                node.put("name", result.name());
                node.put("passed", result.passed());
                result.failure().ifPresentOrElse(f -> node.put("failure", f), () -> node.putNull("failure"));
                JsonLines.write(out, node);
            } else {
                out.println((result.passed() ? "PASS " : "FAIL ")
                        + result.name()
                        + result.failure().map(f -> ": " + f).orElse(""));
            }
        }
        if (!json) {
            out.println(results.size() - failed + " of " + results.size() + " cases passed");
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
