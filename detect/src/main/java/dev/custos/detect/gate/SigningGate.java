package dev.custos.detect.gate;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.correlation.Correlator;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.EvidenceGroups;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.Scores;
import dev.custos.detect.output.SigningDecision;
import dev.custos.events.InvalidEventException;
import dev.custos.events.SigningRequestEvent;
import dev.custos.types.EventFields;
import dev.custos.types.Verdict;
import dev.custos.types.WalletTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signing gate: anomalies raise a request's risk before it is signed (docs/DETECTION.md, "Signing gate"). For
 * a {@code signing.request} it combines, as a probabilistic OR:
 *
 * <ul>
 *   <li>the prior risk of the initiator and the wallet: their accumulated findings taken together (each finding
 *       once), as they stood before the request, without earlier requests' own transaction findings (those were
 *       judged at their own request; velocity covers repeats), and counting the wallet's findings about other
 *       actors only as {@link PriorAttribution} allows;
 *   <li>the transaction risk: the findings on the request itself.
 * </ul>
 *
 * The result is compared with the wallet tier's {@link GateThresholds}; a screening hit denies outright. So does a
 * request whose fields do not read ({@link SigningRequestEvent}: a tier that is not hot, warm or cold, an amount that
 * is not a non-negative number): the decision names the field, and no default stands in for it.
 */
public final class SigningGate {
    private static final int EXPLAINED_FINDINGS = 3;

    private final Correlator correlator;

    public SigningGate(Correlator correlator) {
        this.correlator = requireNonNull(correlator, "correlator is null");
    }

    /**
     * Decides on a signing request. Call after the detectors saw the request and before its findings are given to
     * the correlator.
     */
    public SigningDecision decide(Event request, List<Finding> requestFindings) {
        requireNonNull(request, "request is null");
        requireNonNull(requestFindings, "requestFindings is null");
        List<EntityRef> identities = new ArrayList<>();
        Optional<EntityRef> initiator = request.userName().map(EntityRef::user);
        Optional<EntityRef> wallet = request.text(EventFields.WALLET_ID).map(EntityRef::wallet);
        initiator.ifPresent(identities::add);
        wallet.ifPresent(identities::add);
        PriorAttribution attribution = PriorAttribution.of(correlator, initiator, wallet);
        int priorRisk = correlator.riskOf(attribution.counted());
        List<Finding> transaction = new ArrayList<>(requestFindings);
        transaction.sort(
                Comparator.comparingInt((Finding finding) -> -finding.score()).thenComparing(Finding::detector));
        double transactionRisk = EvidenceGroups.combine(transaction);
        int risk = Scores.toScore(Scores.combine(priorRisk, transactionRisk));
        Reading reading = Reading.of(request);
        GateThresholds thresholds = GateThresholds.forTier(reading.tier());
        boolean screeningHit = transaction.stream().anyMatch(finding -> finding.severity() == FindingSeverity.DENY);
        Verdict decision;
        if (reading.problem().isPresent() || screeningHit || risk >= thresholds.denyAt()) {
            decision = Verdict.DENY;
        } else if (risk >= thresholds.escalateAt()) {
            decision = Verdict.ESCALATE;
        } else {
            decision = Verdict.ALLOW;
        }
        List<String> reasons = new ArrayList<>();
        for (Finding finding : transaction) {
            reasons.add(finding.detector() + ": " + finding.explain());
        }
        if (priorRisk > 0) {
            List<String> because = new ArrayList<>();
            List<Finding> prior = attribution.counted();
            for (Finding finding : prior.subList(0, Math.min(EXPLAINED_FINDINGS, prior.size()))) {
                because.add(finding.detector() + " at " + finding.timestamp() + ": " + finding.explain());
            }
            reasons.add(String.format(
                    Locale.ROOT,
                    "prior risk %d of %s: %s",
                    priorRisk,
                    String.join(
                            " and ",
                            identities.stream().map(EntityRef::toString).toList()),
                    String.join(" | ", because)));
        }
        if (attribution.leftOut() > 0) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "%d finding%s on %s by other actors not counted (not about the wallet's integrity, and either"
                            + " read-only or by actors whose own risk elsewhere is below %d)",
                    attribution.leftOut(),
                    attribution.leftOut() == 1 ? "" : "s",
                    wallet.map(EntityRef::toString).orElse("the wallet"),
                    PriorAttribution.SUSPICIOUS_ACTOR_RISK));
        }
        reasons.add(reading.problem()
                .map(problem -> problem + "; a request that does not read is denied")
                .orElseGet(() -> verdict(decision, risk, thresholds, reading.tier(), screeningHit)));
        String requestId = request.text(EventFields.REQUEST_ID).orElseGet(request::reference);
        return new SigningDecision(request.timestamp(), requestId, decision, risk, reasons);
    }

    private static String verdict(
            Verdict decision, int risk, GateThresholds thresholds, Optional<WalletTier> tier, boolean screeningHit) {
        String wallet = tier.map(WalletTier::wireName).orElse("unknown-tier") + " wallet";
        return switch (decision) {
            case DENY ->
                screeningHit
                        ? "an address of the request is on a screening list"
                        : String.format(
                                Locale.ROOT,
                                "risk %d >= deny threshold %d for a %s",
                                risk,
                                thresholds.denyAt(),
                                wallet);
            case ESCALATE ->
                String.format(
                        Locale.ROOT,
                        "risk %d >= escalation threshold %d for a %s",
                        risk,
                        thresholds.escalateAt(),
                        wallet);
            case ALLOW ->
                String.format(
                        Locale.ROOT,
                        "risk %d below escalation threshold %d for a %s",
                        risk,
                        thresholds.escalateAt(),
                        wallet);
        };
    }

    /**
     * The request read by the one reader of {@code signing.request} fields: its tier, or what does not read.
     *
     * @param tier the wallet tier, if the request names one
     * @param problem why the request does not read, naming the field; empty when it reads
     */
    private record Reading(Optional<WalletTier> tier, Optional<String> problem) {
        static Reading of(Event request) {
            try {
                return new Reading(SigningRequestEvent.read(request.fields()).walletTier(), Optional.empty());
            } catch (InvalidEventException e) {
                return new Reading(Optional.empty(), Optional.of(e.getMessage()));
            }
        }
    }
}
