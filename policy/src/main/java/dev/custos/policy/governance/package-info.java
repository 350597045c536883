/** Policy governance: admin quorum, time lock, stricter-only changes. */
@NullMarked
package dev.custos.policy.governance;

import org.jspecify.annotations.NullMarked;
