package dev.custos.cli.exposure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.cli.policy.PolicyFiles;
import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.ExposureLimitException;
import dev.custos.exposure.analysis.ExposureAnalysis;
import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.analysis.Finding;
import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.committee.CommitteeJson;
import dev.custos.exposure.compare.ExposureComparison;
import dev.custos.exposure.compare.FloorCheck;
import dev.custos.exposure.json.ExposureJson;
import dev.custos.exposure.powers.PolicyPowers;
import dev.custos.exposure.powers.PolicyReading;
import dev.custos.exposure.registry.Registry;
import dev.custos.exposure.registry.RegistryJson;
import dev.custos.policy.model.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos exposure}: how many people an attacker must turn, per wallet. */
@Command(
        name = "exposure",
        mixinStandardHelpOptions = true,
        description = {
            "For each wallet the policy declares: sign_outside_policy, the fewest people who together control"
                    + " threshold-many of its signer nodes (directly or through shared hosts and cloud accounts);"
                    + " pass_policy, the fewest people who get a transfer approved (an initiator plus enough"
                    + " approvers for every group quorum, the initiator's own approval not counting); change_policy,"
                    + " the fewest people who can loosen the policy, and the time lock they wait out; and the single"
                    + " points of failure by name. Figures below the floor are high findings. With --before-*, also"
                    + " what the change from those inputs does to every figure. The figures are exact (minimum"
                    + " covers, searched with pruning); an input too large for an exact answer is refused. See"
                    + " docs/PEOPLE.md.",
            "Exit code 0 when the analysis ran (whatever it found); 2 for a missing, unreadable or invalid file, or an"
                    + " input too large for an exact answer."
        })
public final class ExposureCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--registry",
            paramLabel = "FILE",
            required = true,
            description = "People registry (JSON): people with roles, employment, vetting, the nodes they operate and"
                    + " the resources they reach; may carry a 'committee' object.")
    private String registryFile;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            required = true,
            description = "The active policy document (JSON, docs/POLICY.md).")
    private String policyFile;

    @Option(
            names = "--committee",
            paramLabel = "FILE",
            description = "Signer committee (JSON): nodes and threshold, per-wallet signing sets, committee admins."
                    + " Needed unless the registry has a 'committee' object.")
    private String committeeFile;

    @Option(
            names = "--now",
            paramLabel = "TIME",
            description = "When vetting is judged (RFC 3339); default: the current time.")
    private String now;

    @Option(
            names = "--floor",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "Figures below N are high findings (default ${DEFAULT-VALUE}: one person must never" + " suffice).")
    private int floor;

    @Option(
            names = "--quiet-rule",
            paramLabel = "ID",
            description = "Leave the approvals of rule ID out of pass_policy, as for an attacker who keeps its"
                    + " condition false (repeatable; also detection-verdict-unverified, prices-unpriced).")
    private List<String> quietRules = new ArrayList<>();

    @Option(names = "--before-registry", paramLabel = "FILE", description = "Registry before the change.")
    private String beforeRegistryFile;

    @Option(names = "--before-policy", paramLabel = "FILE", description = "Policy before the change.")
    private String beforePolicyFile;

    @Option(names = "--before-committee", paramLabel = "FILE", description = "Committee before the change.")
    private String beforeCommitteeFile;

    @Option(names = "--json", description = "Print the report as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        if (floor < 1 || floor > 100) {
            throw new BadInputException("--floor must be 1 to 100, got " + floor);
        }
        Instant at = now == null ? Instant.now() : PolicyFiles.instant(now, "--now");
        ExposureReport report = analyse(registryFile, policyFile, committeeFile, at, "");
        List<Finding> floorFindings = FloorCheck.check(report, floor);
        Optional<ExposureComparison> comparison = Optional.empty();
        if (beforeRegistryFile != null || beforePolicyFile != null || beforeCommitteeFile != null) {
            ExposureReport before = analyse(
                    beforeRegistryFile != null ? beforeRegistryFile : registryFile,
                    beforePolicyFile != null ? beforePolicyFile : policyFile,
                    beforeCommitteeFile != null ? beforeCommitteeFile : committeeFile,
                    at,
                    "before: ");
            comparison = Optional.of(ExposureComparison.compare(before, report, floor));
        }
        if (json) {
            ObjectNode root = ExposureJson.report(report, floorFindings);
            root.put("floor", floor);
            comparison.ifPresent(c -> root.set("comparison", ExposureJson.comparison(c)));
            JsonLines.write(spec.commandLine().getOut(), root);
        } else {
            spec.commandLine().getOut().print(ExposureText.render(report, floorFindings, floor, comparison));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private ExposureReport analyse(
            String registryName, String policyName, String committeeName, Instant at, String label) {
        JsonNode registryJson = PolicyFiles.readJson(registryName, "--registry");
        Policy policy = PolicyFiles.policy(policyName);
        try {
            Registry registry = RegistryJson.parse(registryJson);
            Committee committee = committee(registryJson, registryName, committeeName);
            PolicyPowers powers = PolicyReading.read(policy, Set.copyOf(quietRules));
            return ExposureAnalysis.analyse(registry, powers, committee, at);
        } catch (ExposureInputException e) {
            throw new BadInputException(label + e.getMessage(), e);
        } catch (ExposureLimitException e) {
            throw new BadInputException(label + e.getMessage());
        }
    }

    private static Committee committee(JsonNode registryJson, String registryName, String committeeName) {
        JsonNode inRegistry = registryJson.get("committee");
        if (committeeName != null && inRegistry != null) {
            throw new BadInputException("the committee is given twice: in --committee " + committeeName
                    + " and in the registry " + registryName + "; give it once");
        }
        if (committeeName != null) {
            return CommitteeJson.parse(PolicyFiles.readJson(committeeName, "--committee"), "committee");
        }
        if (inRegistry == null) {
            throw new BadInputException(
                    "no committee: give --committee FILE, or a 'committee' object in the registry " + registryName);
        }
        return CommitteeJson.parse(inRegistry, "registry.committee");
    }
}
