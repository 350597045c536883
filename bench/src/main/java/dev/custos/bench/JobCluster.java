package dev.custos.bench;

import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.PassphraseKeySource;
import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A coordinator and signer nodes in one JVM over in-memory links, each node with a real data folder (passphrase
 * keystore at the cheapest Argon2id cost, which only affects start-up) and its own runtime thread.
 */
final class JobCluster implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    final InMemoryLinks links = new InMemoryLinks();
    final JobEngine engine;
    private final List<UnlockedNode> unlocked = new ArrayList<>();
    private final List<NodeRuntime> runtimes = new ArrayList<>();

    JobCluster(Path root, List<String> names, SigningAuthorizer authorizer, JobSettings settings) throws Exception {
        Argon2idCost cheap = new Argon2idCost(Argon2idCost.MIN_MEMORY_KIB, 1, 1);
        List<NodeIdentity> identities = new ArrayList<>();
        for (String name : names) {
            identities.add(NodeIdentityStore.init(root.resolve(name), name, passphrase(name, cheap)));
        }
        Committee committee = new Committee(
                1, new AdminQuorum(1, List.of(SigningKey.generate(RANDOM).publicKey())), identities);
        for (String name : names) {
            UnlockedNode node = NodeIdentityStore.open(root.resolve(name), passphrase(name, cheap));
            NodeRuntime runtime = new NodeRuntime(
                    node.keys(), committee, NodeStorage.open(node.secrets(), root.resolve(name)), authorizer, RANDOM);
            runtime.attach(links.connect(name, runtime));
            unlocked.add(node);
            runtimes.add(runtime);
        }
        engine = new JobEngine(links, settings, authorizer, RANDOM);
    }

    private static PassphraseKeySource passphrase(String name, Argon2idCost cost) {
        SecretBytes secret = SecretBytes.copyOf(("bench passphrase " + name).getBytes(StandardCharsets.UTF_8));
        try {
            return new PassphraseKeySource(secret, cost);
        } finally {
            secret.destroy();
        }
    }

    @Override
    public void close() throws java.io.IOException {
        engine.close();
        links.close();
        for (NodeRuntime runtime : runtimes) {
            runtime.close();
        }
        for (UnlockedNode node : unlocked) {
            node.close();
        }
    }
}
