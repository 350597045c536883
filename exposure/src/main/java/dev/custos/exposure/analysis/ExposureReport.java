package dev.custos.exposure.analysis;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The exposure of every wallet the policy declares, at one time.
 *
 * @param policyVersion the version of the policy analysed
 * @param at the time vetting was judged at
 * @param wallets one entry per wallet, in the policy's order
 * @param changePaths every path to loosening the policy, easiest first
 * @param findings what the registry itself shows (departed people with power, lapsed vetting, shared keys, ...)
 */
public record ExposureReport(
        long policyVersion,
        Instant at,
        List<WalletExposure> wallets,
        List<ChangePath> changePaths,
        List<Finding> findings) {
    public ExposureReport {
        requireNonNull(at, "at is null");
        wallets = List.copyOf(requireNonNull(wallets, "wallets is null"));
        changePaths = List.copyOf(requireNonNull(changePaths, "changePaths is null"));
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }

    public Optional<WalletExposure> wallet(String id) {
        return wallets.stream().filter(wallet -> wallet.wallet().equals(id)).findFirst();
    }
}
