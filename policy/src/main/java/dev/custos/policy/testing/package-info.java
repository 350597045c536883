/** Dry-run (shadow) evaluation and the policy test runner. */
@NullMarked
package dev.custos.policy.testing;

import org.jspecify.annotations.NullMarked;
