package dev.custos.server.cluster;

import static java.util.Objects.requireNonNull;

import dev.custos.node.committee.Committee;
import dev.custos.node.keystore.SecretStore;
import dev.custos.node.policy.PolicyStore;
import java.nio.file.Path;

/**
 * What a node of a dev cluster offers its {@link NodeAuthorizers authorizer}: the node's own state, never the
 * coordinator's.
 *
 * @param name the node's committee name
 * @param dataFolder its data folder
 * @param secrets its open keystore (encrypted and authenticated at rest)
 * @param committee the committee it belongs to
 * @param policies its store of the quorum-signed policy (the one instance the cluster installs policies through)
 */
public record NodeContext(
        String name, Path dataFolder, SecretStore secrets, Committee committee, PolicyStore policies) {
    public NodeContext {
        requireNonNull(name, "name is null");
        requireNonNull(dataFolder, "dataFolder is null");
        requireNonNull(secrets, "secrets is null");
        requireNonNull(committee, "committee is null");
        requireNonNull(policies, "policies is null");
    }
}
