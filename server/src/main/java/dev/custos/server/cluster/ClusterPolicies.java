package dev.custos.server.cluster;

import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.server.signing.PolicyDocuments;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Installs policies on the nodes of a dev cluster: the dev admin signs the document under a version, and each node's
 * policy store checks the signature against the committee's admins and the version against the one it holds. Every
 * node is checked before any installs, so that a refusal leaves every node as it was.
 */
final class ClusterPolicies {
    private final SigningKey admin;
    private final AdminQuorum admins;
    private final Map<String, ClusterNode> nodes;

    ClusterPolicies(SigningKey admin, AdminQuorum admins, Map<String, ClusterNode> nodes) {
        this.admin = admin;
        this.admins = admins;
        this.nodes = nodes;
    }

    /** The highest version installed on a node. */
    Optional<Long> installedVersion() {
        return nodes.values().stream()
                .flatMap(node -> node.policies().current().stream())
                .map(SignedPolicy::version)
                .max(Long::compare);
    }

    long installNext(byte[] document) throws IOException {
        long version = installedVersion().orElse(0L) + 1;
        install(document, version);
        return version;
    }

    void install(byte[] document, long version) throws IOException {
        PolicyDocuments.requireValid(document);
        if (version < 1) {
            throw new IllegalArgumentException("a policy version is at least 1, got " + version);
        }
        for (ClusterNode node : nodes.values()) {
            Optional<SignedPolicy> current = node.policies().current();
            if (current.isPresent()
                    && (current.get().version() > version
                            || (current.get().version() == version
                                    && !Arrays.equals(current.get().document(), document)))) {
                throw new IllegalArgumentException("node " + node.name() + " holds policy version "
                        + current.get().version() + (current.get().version() == version ? " with another document" : "")
                        + ": version " + version + " cannot replace it");
            }
        }
        SignedPolicy signed = SignedPolicy.sign(version, document, List.of(admin));
        for (ClusterNode node : nodes.values()) {
            try {
                node.policies().install(signed, admins);
            } catch (PolicyInstallException e) {
                throw new IllegalArgumentException(
                        "node " + node.name() + " refused policy version " + version + ": " + e.getMessage(), e);
            }
        }
    }
}
