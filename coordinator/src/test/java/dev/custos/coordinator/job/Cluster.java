package dev.custos.coordinator.job;

import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.PolicyInstaller;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.PassphraseKeySource;
import dev.custos.node.link.CoordinatorLink;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A coordinator and signer nodes in one JVM over {@link InMemoryLinks}: each node has a real data folder (identity,
 * passphrase keystore with the cheapest Argon2id cost, job registries) and its own runtime thread.
 */
final class Cluster implements AutoCloseable {
    static final Argon2idCost CHEAP = new Argon2idCost(Argon2idCost.MIN_MEMORY_KIB, 1, 1);
    private static final SecureRandom RANDOM = new SecureRandom();

    final InMemoryLinks links = new InMemoryLinks();
    final JobEngine engine;
    final Committee committee;
    private final Path root;
    /** The committee's admins: any 2 of these 3 keys sign committees and policies. */
    final List<SigningKey> admins;

    private final Authorizers authorizers;
    private final Map<String, Node> nodes = new TreeMap<>();

    /** Makes a node's authorizer each time the node starts. */
    interface Authorizers {
        SigningAuthorizer open(String name, UnlockedNode node, Path dataFolder, Committee committee) throws Exception;
    }

    /** One running node. */
    static final class Node {
        final UnlockedNode unlocked;
        final NodeRuntime runtime;
        final CoordinatorLink link;
        final SigningAuthorizer authorizer;

        Node(UnlockedNode unlocked, NodeRuntime runtime, CoordinatorLink link, SigningAuthorizer authorizer) {
            this.unlocked = unlocked;
            this.runtime = runtime;
            this.link = link;
            this.authorizer = authorizer;
        }

        NodeStorage storage() {
            return runtime.storage();
        }
    }

    Cluster(Path root, List<String> names, SigningAuthorizer authorizer, JobSettings settings) throws Exception {
        this(root, names, authorizer, authorizer, settings);
    }

    /** A cluster whose coordinator derives messages with {@code coordinatorDeriver}, its nodes with {@code authorizer}. */
    Cluster(
            Path root,
            List<String> names,
            SigningAuthorizer authorizer,
            SigningAuthorizer coordinatorDeriver,
            JobSettings settings)
            throws Exception {
        this(root, names, (name, node, folder, members) -> authorizer, coordinatorDeriver, settings);
    }

    /** A cluster whose nodes each get the authorizer {@code authorizers} opens for them at every start. */
    Cluster(
            Path root,
            List<String> names,
            Authorizers authorizers,
            SigningAuthorizer coordinatorDeriver,
            JobSettings settings)
            throws Exception {
        this.root = root;
        this.authorizers = authorizers;
        List<NodeIdentity> identities = new ArrayList<>();
        for (String name : names) {
            identities.add(NodeIdentityStore.init(root.resolve(name), name, passphrase(name)));
        }
        this.admins = List.of(SigningKey.generate(RANDOM), SigningKey.generate(RANDOM), SigningKey.generate(RANDOM));
        this.committee = new Committee(
                1, new AdminQuorum(2, admins.stream().map(SigningKey::publicKey).toList()), identities);
        for (String name : names) {
            start(name);
        }
        this.engine = new JobEngine(links, settings, coordinatorDeriver, RANDOM);
    }

    static JobSettings settings(Duration timeout, int attempts, int pool) {
        return new JobSettings(timeout, attempts, pool);
    }

    Node node(String name) {
        return nodes.get(name);
    }

    /** Starts node {@code name} from its data folder and connects it. */
    void start(String name) throws Exception {
        UnlockedNode unlocked = NodeIdentityStore.open(root.resolve(name), passphrase(name));
        NodeStorage storage = NodeStorage.open(unlocked.secrets(), root.resolve(name));
        SigningAuthorizer authorizer = authorizers.open(name, unlocked, root.resolve(name), committee);
        Optional<PolicyInstaller> policies = authorizer instanceof PolicyAuthorizer enforcing
                ? Optional.of(new PolicyInstaller(name, enforcing.policies(), committee.admins()))
                : Optional.empty();
        NodeRuntime runtime = new NodeRuntime(unlocked.keys(), committee, storage, authorizer, policies, RANDOM);
        CoordinatorLink link = links.connect(name, runtime);
        runtime.attach(link);
        nodes.put(name, new Node(unlocked, runtime, link, authorizer));
    }

    /** Stops node {@code name}: disconnects it, ends its runtime and closes its keystore. */
    void stop(String name) throws IOException {
        Node node = nodes.remove(name);
        links.disconnect(name, "stopped by the test");
        node.runtime.close();
        node.unlocked.close();
    }

    /** Stops and starts node {@code name} again from its data folder. */
    void restart(String name) throws Exception {
        stop(name);
        start(name);
    }

    private static PassphraseKeySource passphrase(String name) {
        SecretBytes secret = SecretBytes.copyOf(("passphrase of " + name).getBytes(StandardCharsets.UTF_8));
        try {
            return new PassphraseKeySource(secret, CHEAP);
        } finally {
            secret.destroy();
        }
    }

    @Override
    public void close() throws IOException {
        engine.close();
        for (String name : List.copyOf(nodes.keySet())) {
            stop(name);
        }
        links.close();
    }
}
