/** Velocity windows: rolling and fixed totals per wallet, initiator and destination. */
@NullMarked
package dev.custos.policy.velocity;

import org.jspecify.annotations.NullMarked;
