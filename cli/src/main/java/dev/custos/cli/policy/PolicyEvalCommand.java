package dev.custos.cli.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.DecisionJson;
import dev.custos.policy.eval.EvaluationInput;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.verdict.SignedVerdict;
import dev.custos.policy.verdict.VerdictJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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
            "Decides a signing request (a signing.request event, see docs/EVENTS.md) under a policy: allow, escalate"
                    + " (more approvals needed) or deny, with the matched rules and reasons. The decision uses only"
                    + " facts derived from the payload (custos.tx.raw, custos.tx.safe or custos.tx.psbt), the policy's"
                    + " wallets, allowlist and prices, the verified approvals and detection verdict, and the evaluation"
                    + " time. The request's own claims (to, amount_usd, tier, risk score, allowlist dates,"
                    + " @timestamp, balance) are only compared with the facts; differences are listed as"
                    + " claim_mismatch. See docs/POLICY.md.",
            "Exit code 0 whatever the decision; 2 for an unreadable or invalid request, verdict or policy, or a"
                    + " wallet the policy does not declare."
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
            description = "Evaluation time (RFC 3339): the evaluator's clock for time rules, velocity windows, approval"
                    + " and verdict expiry; default: the current time. The request's @timestamp is never used.")
    private String now;

    @Option(
            names = "--history",
            paramLabel = "FILE",
            description = "The evaluator's velocity state: past signed requests, one event per line with @timestamp,"
                    + " custos.wallet.id, user.name, custos.tx.to, custos.tx.amount_usd (as the evaluator recorded"
                    + " them). Only events before the evaluation time count.")
    private String historyFile;

    @Option(
            names = "--verdict",
            paramLabel = "FILE",
            description = "Signed detection verdict (JSON: request_digest, score, reasons, issued_at, expires_at,"
                    + " signature); overrides custos.risk.verdict in the request. Verified against the policy's"
                    + " detection.verdict_key.")
    private String verdictFile;

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
        if (policy.wallet(request.walletId()).isEmpty()) {
            throw new BadInputException("unknown wallet '" + request.walletId() + "': policy version "
                    + policy.version() + " declares "
                    + (policy.wallets().isEmpty()
                            ? "no wallets (add a \"wallets\" entry; see docs/POLICY.md)"
                            : "only "
                                    + policy.wallets().stream().map(Wallet::id).toList()));
        }
        Optional<SignedVerdict> verdict;
        try {
            verdict = verdictFile != null
                    ? Optional.of(VerdictJson.read(PolicyFiles.readJson(verdictFile, "--verdict"), "--verdict"))
                    : VerdictJson.fromRequest(event);
        } catch (PolicyInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Decision decision = PolicyEvaluator.evaluate(
                policy,
                new EvaluationInput(request, verdict, RequestDigest.of(request, policy)),
                History.read(historyFile, evaluationTime),
                Clock.fixed(evaluationTime, ZoneOffset.UTC));
        if (json) {
            JsonLines.write(spec.commandLine().getOut(), DecisionJson.toJson(decision));
        } else {
            spec.commandLine().getOut().print(DecisionText.render(request, decision));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
