package dev.custos.server.cluster;

import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import java.io.IOException;

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
}
