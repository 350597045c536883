/** Default-deny policy engine: rules with CEL conditions, approvals, velocity windows, policy governance. */
package dev.custos.policy;
