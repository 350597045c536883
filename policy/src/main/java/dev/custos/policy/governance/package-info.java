/** Policy governance: admin quorum, time lock, stricter-only changes. */
package dev.custos.policy.governance;
