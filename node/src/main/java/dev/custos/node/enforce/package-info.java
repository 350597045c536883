/**
 * Enforcement on the signer node: {@link dev.custos.node.enforce.PolicyAuthorizer} decides every signing job on the
 * quorum-signed policy the node holds, on facts it derives from the payload bytes itself, with its own clock and its
 * own durable velocity state ({@link dev.custos.node.enforce.RequestLedger}), verifying every approval and the
 * detection verdict itself (docs/NODES.md, "What a node checks before it signs").
 */
@NullMarked
package dev.custos.node.enforce;

import org.jspecify.annotations.NullMarked;
