package dev.custos.detect.transaction;

import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.FindingSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Org-wide priors for a wallet with too little history of its own (fewer than {@value #MIN_HISTORY} requests, where
 * novelty, amount and velocity checks stay silent). The wallet is judged against what wallets of its tier do across
 * the organisation: a request fires {@link TransactionRiskDetector#YOUNG_WALLET_PRIOR} when it moves at least
 * {@value #MIN_SHARE} of the balance <em>and</em> at least {@value #SHARE_FACTOR} times the tier's 99th percentile
 * share of balance (from at least {@value #MIN_TIER_SAMPLE} requests of the tier). Score {@value #BASE_SCORE}, plus
 * {@value #BONUS} for each of: the amount is above the tier's 99th percentile amount; the destination was never paid
 * or allowlisted by any wallet of the organisation, or it was paid before but never more than a tenth of this amount.
 * Conservative by construction: a young wallet that moves what its tier usually moves never fires.
 */
final class YoungWalletPriors {
    static final int MIN_HISTORY = 20;
    static final int MIN_TIER_SAMPLE = 200;
    static final double MIN_SHARE = 0.2;
    static final double SHARE_FACTOR = 2.0;
    static final int BASE_SCORE = 40;
    static final int BONUS = 10;
    static final double JUMP_FACTOR = 10.0;

    private YoungWalletPriors() {}

    static void check(
            WalletHistory wallet,
            OrgPriors.TierSample tier,
            String tierName,
            boolean seenOrgWide,
            String destination,
            double amountUsd,
            FindingBuilder findings) {
        if (wallet.requests() >= MIN_HISTORY || tier.shareCount() < MIN_TIER_SAMPLE) {
            return;
        }
        double balance = wallet.balance();
        if (Double.isNaN(balance) || balance <= 0) {
            return;
        }
        double share = amountUsd / balance;
        double tierShare = tier.shareQuantile(0.99);
        if (share < MIN_SHARE || share < SHARE_FACTOR * tierShare) {
            return;
        }
        List<FeatureEvidence> evidence = new ArrayList<>();
        evidence.add(new FeatureEvidence(
                "balance_share",
                percent(share),
                String.format(
                        Locale.ROOT,
                        "wallet has only %d earlier requests; 99%% of %d recent %s-tier requests moved at most %s",
                        wallet.requests(),
                        tier.shareCount(),
                        tierName,
                        percent(tierShare))));
        int score = BASE_SCORE;
        double tierAmount = tier.amountQuantile(0.99);
        if (amountUsd > tierAmount) {
            score += BONUS;
            evidence.add(new FeatureEvidence(
                    "amount_usd",
                    TransactionRiskDetector.format(amountUsd),
                    String.format(Locale.ROOT, "above the %s tier's 99th percentile %.0f USD", tierName, tierAmount)));
        }
        if (destination != null) {
            WalletHistory.Counterparty known = wallet.counterparty(destination);
            if (!seenOrgWide) {
                score += BONUS;
                evidence.add(new FeatureEvidence(
                        "destination", destination, "never paid or allowlisted by any wallet of the organisation"));
            } else if (known != null && known.maxAmount > 0 && amountUsd >= JUMP_FACTOR * known.maxAmount) {
                score += BONUS;
                evidence.add(new FeatureEvidence(
                        "destination",
                        destination,
                        String.format(
                                Locale.ROOT,
                                "known counterparty (%d uses since %s), never paid more than %.0f USD (%.0fx less)",
                                known.uses,
                                known.firstSeen,
                                known.maxAmount,
                                amountUsd / known.maxAmount)));
            }
        }
        findings.add(
                TransactionRiskDetector.YOUNG_WALLET_PRIOR,
                score,
                FindingSeverity.NORMAL,
                String.format(
                        Locale.ROOT,
                        "young wallet moves %s of its balance, far beyond what %s wallets move",
                        percent(share),
                        tierName),
                evidence.toArray(FeatureEvidence[]::new));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
