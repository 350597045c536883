package dev.custos.server.cluster;

import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.enforce.RequestLedger;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import java.io.IOException;
import java.time.Clock;

/**
 * Makes the {@link SigningAuthorizer} each node of a dev cluster asks before it contributes to a signature: the seam
 * where a policy-enforcing authorizer replaces the default one.
 */
@FunctionalInterface
public interface NodeAuthorizers {
    /**
     * The authorizer of {@code node}, made once per start, after the node's keystore, committee and policy store are
     * open and before its runtime starts.
     *
     * @throws IOException if state it needs cannot be read
     */
    SigningAuthorizer create(NodeContext node) throws IOException;

    /**
     * {@link DerivedPayloadAuthorizer} on every node: it derives what a payload signs and checks no policy (see
     * docs/NODES.md, "The authorizer seam").
     */
    static NodeAuthorizers derivedPayload() {
        return node -> new DerivedPayloadAuthorizer();
    }

    /**
     * {@link PolicyAuthorizer} on every node: each node signs only what the quorum-signed policy installed in its own
     * policy store allows, with approvals and the detection verdict verified and velocity counted in the node's own
     * ledger ({@code jobs/requests/} in its data folder), at {@code clock}'s time (docs/NODES.md, "What a node checks").
     */
    static NodeAuthorizers enforcing(Clock clock) {
        return node -> new PolicyAuthorizer(
                node.policies(),
                RequestLedger.open(node.dataFolder().resolve("jobs").resolve("requests"), clock.instant()),
                new DerivedPayloadAuthorizer(),
                clock);
    }
}
