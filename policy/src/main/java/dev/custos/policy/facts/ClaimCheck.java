package dev.custos.policy.facts;

import dev.custos.policy.model.Destination;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.verdict.VerdictCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what the caller claims with what the evaluator derived. Claims never decide; a claim that differs from the
 * derived fact is listed, and the flag {@code claim_mismatch} lets rules escalate or deny on it (a caller that
 * misdescribes a payload is either broken or attacking).
 */
public final class ClaimCheck {
    /** Claimed and derived USD amounts may differ by this fraction (prices move), or by 1 USD, before they mismatch. */
    static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.01");

    /** A claimed {@code @timestamp} further than this from the evaluator's clock mismatches. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private ClaimCheck() {}

    /** The mismatches, each naming the claimed field, the claim and the derived fact; empty when all agree. */
    public static List<String> mismatches(
            Policy policy,
            Wallet wallet,
            SigningRequest request,
            DerivedFacts facts,
            VerdictCheck verdict,
            Instant now) {
        List<String> out = new ArrayList<>();
        String claimedTo = request.destination();
        if (!claimedTo.isEmpty()
                && !(facts.recipients().size() == 1 && facts.recipients().contains(claimedTo))) {
            out.add("custos.tx.to claims " + claimedTo + " but the payload pays "
                    + (facts.recipients().isEmpty() ? "no one" : String.join(", ", facts.recipients())));
        }
        BigDecimal claimedUsd = request.amountUsd().value();
        if (claimedUsd.signum() > 0 && !facts.unpriced() && differs(claimedUsd, facts.amountUsd())) {
            out.add("custos.tx.amount_usd claims " + claimedUsd.toPlainString() + " but the payload moves "
                    + facts.amountUsd().toPlainString() + " USD at the policy's prices");
        }
        request.walletTier()
                .filter(tier -> tier != wallet.tier())
                .ifPresent(tier -> out.add("custos.wallet.tier claims " + tier.wireName() + " but the policy says "
                        + wallet.tier().wireName()));
        if (!request.chain().isEmpty() && !request.chain().equals(wallet.chain())) {
            out.add("custos.tx.chain claims " + request.chain() + " but wallet " + wallet.id() + " is on "
                    + wallet.chain());
        }
        request.allowlistedAt().ifPresent(claimed -> {
            Optional<Instant> listed = policy.destination(claimedTo).map(Destination::addedAt);
            if (listed.isEmpty() || !listed.get().equals(claimed)) {
                out.add("custos.destination.allowlisted_at claims " + claimed + " but the policy "
                        + listed.map(at -> "added " + claimedTo + " at " + at)
                                .orElse("does not allowlist " + claimedTo));
            }
        });
        if (request.riskScore() != 0
                && verdict.score().map(score -> score != request.riskScore()).orElse(true)) {
            out.add("custos.risk.score claims " + request.riskScore() + " but "
                    + verdict.score()
                            .map(score -> "the verified verdict says " + score)
                            .orElse("no verdict verified"));
        }
        if (Duration.between(request.timestamp(), now).abs().compareTo(CLOCK_TOLERANCE) > 0) {
            out.add("@timestamp claims " + request.timestamp() + " but the evaluator's clock says " + now);
        }
        return out;
    }

    private static boolean differs(BigDecimal claimed, BigDecimal derived) {
        BigDecimal allowed = derived.abs().multiply(AMOUNT_TOLERANCE).max(BigDecimal.ONE);
        return claimed.subtract(derived).abs().compareTo(allowed) > 0;
    }
}
