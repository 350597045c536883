/** Dry-run (shadow) evaluation and the policy test runner. */
package dev.custos.policy.testing;
