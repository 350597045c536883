/**
 * Governance changes ({@code governance_change}): {@link dev.custos.detect.governance.GovernanceDetector} alerts at
 * least high on every change of owners, signers, thresholds, time locks, modules, guards, upgrades, ownership or
 * policies, and critical when the actor's accumulated risk is already high.
 */
package dev.custos.detect.governance;
