/** Default-deny policy engine: rules with CEL conditions, approvals, velocity windows, policy governance. */
@NullMarked
package dev.custos.policy;

import org.jspecify.annotations.NullMarked;
