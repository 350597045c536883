/** Velocity windows: rolling and fixed totals per wallet, initiator and destination. */
package dev.custos.policy.velocity;
