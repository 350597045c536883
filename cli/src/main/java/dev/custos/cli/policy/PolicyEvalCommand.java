package dev.custos.cli.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.cli.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.DecisionJson;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos policy eval}: decides one signing request. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Decides a signing request (a signing.request event, see docs/EVENTS.md; custos.tx.raw or custos.tx.safe is"
                    + " decoded)"
                    + " under a policy: allow, escalate (more approvals needed) or deny, with the matched rules and"
                    + " reasons. Attached signed approvals are verified. See docs/POLICY.md.",
            "Exit code 0 whatever the decision; 2 for an unreadable or invalid request or policy."
        })
public final class PolicyEvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--request", paramLabel = "FILE", required = true, description = "Signing request event (JSON).")
    private String requestFile;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "Policy document (JSON); without it the shipped baseline policy applies.")
    private String policyFile;

    @Option(
            names = "--now",
            paramLabel = "TIME",
            description = "Evaluation time (RFC 3339) for approval expiry; default: the current time.")
    private String now;

    @Option(
            names = "--history",
            paramLabel = "FILE",
            description = "Past requests for velocity windows: one event per line with @timestamp, custos.wallet.id,"
                    + " user.name, custos.tx.to, custos.tx.amount_usd. Only events before the request count.")
    private String historyFile;

    @Option(names = "--json", description = "Print the decision as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        Policy policy = PolicyFiles.policy(policyFile);
        JsonNode event = PolicyFiles.readJson(requestFile, "--request");
        Instant evaluationTime = now == null ? Instant.now() : PolicyFiles.instant(now, "--now");
        SigningRequest request;
        try {
            request = RequestParser.parse(event, policy, evaluationTime);
        } catch (PolicyInputException e) {
            throw new BadInputException("--request " + requestFile + ": " + e.getMessage(), e);
        }
        Decision decision = PolicyEvaluator.evaluate(
                policy, request, History.read(historyFile, request.timestamp()), evaluationTime);
        if (json) {
            JsonLines.write(spec.commandLine().getOut(), DecisionJson.toJson(decision));
        } else {
            spec.commandLine().getOut().print(DecisionText.render(request, decision));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
