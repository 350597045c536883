/**
 * Proactive share refresh without a dealer (ZF FROST {@code refresh_dkg_*}; Herzberg et al., "Proactive Secret Sharing",
 * CRYPTO 1995): every participant deals a sharing of zero, and the group key stays the same. {@link
 * dev.custos.frost.refresh.Refresh#part1} returns the one-shot {@link dev.custos.frost.refresh.RefreshRound1}, then
 * {@link dev.custos.frost.refresh.RefreshRound2} (sealed {@link dev.custos.frost.refresh.RefreshState}); {@link
 * dev.custos.frost.refresh.RefreshCeremony} runs all participants in one process. See docs/FROST-LIFECYCLE.md §3.
 */
package dev.custos.frost.refresh;
