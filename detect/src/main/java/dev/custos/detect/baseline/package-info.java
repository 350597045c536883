/**
 * Per-entity behaviour baselines for users, hosts, devices and wallets, and actions risky in themselves. {@link
 * dev.custos.detect.baseline.BaselineDetectors#standard} builds the standard set: {@link
 * dev.custos.detect.baseline.RarityDetector} scored over {@link dev.custos.detect.baseline.CategoryHistory} for
 * {@code login_rarity}, {@code device_new_user}, {@code host_process_rarity} and {@code wallet_access_rarity};
 * {@link dev.custos.detect.baseline.ImpossibleTravelDetector} ({@code impossible_travel}), {@link
 * dev.custos.detect.baseline.FailureBurstDetector} ({@code failure_burst}), {@link
 * dev.custos.detect.baseline.MfaResetNewDeviceDetector} ({@code mfa_reset_new_device}), {@link
 * dev.custos.detect.baseline.SessionReuseDetector} ({@code session_reuse_new_network}) and {@link
 * dev.custos.detect.baseline.SensitiveActionDetector} ({@code sensitive_action}).
 */
package dev.custos.detect.baseline;
