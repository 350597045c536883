package dev.custos.detect.transaction;

import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.FindingSeverity;
import java.time.Instant;
import java.util.Locale;

/** Amount against the wallet's history and balance, and 24-hour velocity. */
final class AmountChecks {
    private static final int MIN_HISTORY = 20;
    private static final double OUTLIER_SIGMAS = 3.0;

    private AmountChecks() {}

    static void check(WalletHistory wallet, double amountUsd, Instant now, FindingBuilder findings) {
        outlier(wallet, amountUsd, findings);
        balanceShare(wallet, amountUsd, findings);
        velocity(wallet, amountUsd, now, findings);
    }

    private static void outlier(WalletHistory wallet, double amountUsd, FindingBuilder findings) {
        if (wallet.requests() < MIN_HISTORY || amountUsd <= wallet.maxAmount()) {
            return;
        }
        double logAmount = Math.log10(1 + amountUsd);
        double spread = Math.max(wallet.standardDeviationLogAmount(), 0.25);
        double sigmas = (logAmount - wallet.meanLogAmount()) / spread;
        if (sigmas < OUTLIER_SIGMAS) {
            return;
        }
        // Calibrated: amounts are about log-normal, so a log amount z standard deviations above the wallet's mean
        // has the normal tail as its p-value (3 sigma: 1 in 740, score 48; 4 sigma: 1 in 31,600, score 75).
        int score = Math.max(1, Evidence.score(Evidence.normalTail(sigmas)));
        double typical = Math.pow(10, wallet.meanLogAmount()) - 1;
        findings.add(
                TransactionRiskDetector.AMOUNT_OUTLIER,
                score,
                FindingSeverity.NORMAL,
                String.format(
                        Locale.ROOT, "amount %.0f USD is %.1f sigma above this wallet's usual", amountUsd, sigmas),
                new FeatureEvidence(
                        "amount_usd",
                        TransactionRiskDetector.format(amountUsd),
                        String.format(
                                Locale.ROOT,
                                "typical %.0f USD (geometric mean of %d requests), largest %.0f USD",
                                typical,
                                wallet.requests(),
                                wallet.maxAmount())));
    }

    private static void balanceShare(WalletHistory wallet, double amountUsd, FindingBuilder findings) {
        double balance = wallet.balance();
        if (Double.isNaN(balance) || balance <= 0) {
            return;
        }
        double share = amountUsd / balance;
        if (share < 0.5) {
            return;
        }
        findings.add(
                TransactionRiskDetector.BALANCE_SHARE,
                share >= 0.9 ? 60 : 40,
                FindingSeverity.NORMAL,
                String.format(Locale.ROOT, "request moves %.0f%% of the wallet's balance", share * 100),
                new FeatureEvidence(
                        "balance_share",
                        String.format(Locale.ROOT, "%.1f%%", share * 100),
                        String.format(Locale.ROOT, "balance %.0f USD; requests above 50%% are rare", balance)));
    }

    private static void velocity(WalletHistory wallet, double amountUsd, Instant now, FindingBuilder findings) {
        if (wallet.requests() < MIN_HISTORY) {
            return;
        }
        double outflow = wallet.windowOutflow(now) + amountUsd;
        double previousMax = wallet.maxWindowOutflow();
        double balance = wallet.balance();
        boolean largeForBalance = !Double.isNaN(balance) && balance > 0 && outflow >= 0.3 * balance;
        if (outflow <= 3 * previousMax || !largeForBalance) {
            return;
        }
        findings.add(
                TransactionRiskDetector.VELOCITY,
                45,
                FindingSeverity.NORMAL,
                String.format(
                        Locale.ROOT,
                        "24-hour outflow %.0f USD, %.1fx the wallet's largest",
                        outflow,
                        previousMax > 0 ? outflow / previousMax : Double.POSITIVE_INFINITY),
                new FeatureEvidence(
                        "outflow_24h_usd",
                        TransactionRiskDetector.format(outflow),
                        String.format(
                                Locale.ROOT,
                                "largest 24-hour outflow so far %.0f USD, balance %.0f USD",
                                previousMax,
                                balance)));
    }
}
