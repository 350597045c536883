package dev.custos.detect.gate;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.correlation.Correlator;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which accumulated findings make up a signing request's prior risk. All of the initiator's own findings count.
 * A finding in the wallet's ledger counts only when it is about the wallet rather than about somebody else who
 * touched it:
 *
 * <ol>
 *   <li>it names the initiator;
 *   <li>it concerns the wallet's integrity: money left without a request ({@link KillChainStage#CASH_OUT}), a
 *       screening hit ({@link FindingSeverity#DENY}), or a finding whose accountable entity is the wallet itself;
 *   <li>it could have changed the wallet (any stage after {@link KillChainStage#INITIAL_ACCESS}: key access,
 *       governance, policy or allowlist changes; a mere view is initial access) and its accountable actor is
 *       suspicious on other grounds: that actor's findings that do not name this wallet add up to at least
 *       {@value #SUSPICIOUS_ACTOR_RISK} (the level at which an alert resets and the governance detector treats an
 *       actor as already risky).
 * </ol>
 *
 * So a legitimate governance change or another user's unusual view of the wallet raises that actor's risk, not the
 * risk of every later request on the wallet; the same change by an actor who already looks compromised does.
 * Earlier requests' own {@code signing}-stage findings never count (they were judged at their own request).
 */
final class PriorAttribution {
    static final int SUSPICIOUS_ACTOR_RISK = 40;

    private final List<Finding> counted;
    private final int leftOut;

    private PriorAttribution(List<Finding> counted, int leftOut) {
        this.counted = List.copyOf(counted);
        this.leftOut = leftOut;
    }

    private static boolean notSigning(Finding finding) {
        return finding.stage() != KillChainStage.SIGNING;
    }

    static PriorAttribution of(Correlator correlator, Optional<EntityRef> initiator, Optional<EntityRef> wallet) {
        requireNonNull(correlator, "correlator is null");
        List<EntityRef> identities = new ArrayList<>();
        initiator.ifPresent(identities::add);
        wallet.ifPresent(identities::add);
        Map<EntityRef, Boolean> suspicious = new HashMap<>();
        int[] leftOut = {0};
        Predicate<Finding> include = finding -> {
            if (!notSigning(finding)) {
                return false;
            }
            if (initiator.isEmpty() || wallet.isEmpty() || finding.entities().contains(initiator.get())) {
                return true;
            }
            if (aboutIntegrity(finding, wallet.get())) {
                return true;
            }
            if (finding.stage() == KillChainStage.INITIAL_ACCESS) {
                leftOut[0]++;
                return false;
            }
            EntityRef actor = finding.primaryEntity();
            boolean counts = suspicious.computeIfAbsent(
                    actor,
                    key -> correlator.combinedRisk(
                                    List.of(key),
                                    other -> notSigning(other)
                                            && !other.entities().contains(wallet.get()))
                            >= SUSPICIOUS_ACTOR_RISK);
            if (!counts) {
                leftOut[0]++;
            }
            return counts;
        };
        List<Finding> counted = correlator.combinedFindings(identities, include);
        return new PriorAttribution(counted, leftOut[0]);
    }

    private static boolean aboutIntegrity(Finding finding, EntityRef wallet) {
        return finding.stage() == KillChainStage.CASH_OUT
                || finding.severity() == FindingSeverity.DENY
                || finding.primaryEntity().equals(wallet);
    }

    /** The findings that count, strongest first. */
    List<Finding> counted() {
        return counted;
    }

    /** How many of the wallet's findings were left out because they are about other, unsuspicious actors. */
    int leftOut() {
        return leftOut;
    }
}
