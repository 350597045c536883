package dev.custos.e2e.evm;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.SafeOwnerSignature;
import dev.custos.chain.safe.SafeSigningPayload;
import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.job.SigningResult;
import dev.custos.coordinator.job.Wallet;
import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.PassphraseKeySource;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Three signer nodes and a coordinator job engine in this JVM over {@link InMemoryLinks}, each node with its own data
 * folder, identity and keystore, all with the default authorizer (which signs exactly what it derives from the raw
 * payload). One 2-of-3 threshold ECDSA wallet is generated through the engine; it signs Ethereum transactions and
 * Safe transactions as the tests ask.
 */
final class MpcSigners implements AutoCloseable {
    static final List<String> NODES = List.of("node-a", "node-b", "node-c");
    private static final Argon2idCost CHEAP = new Argon2idCost(Argon2idCost.MIN_MEMORY_KIB, 1, 1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long WAIT_SECONDS = 120;

    private final InMemoryLinks links = new InMemoryLinks();
    private final List<UnlockedNode> unlocked = new ArrayList<>();
    private final List<NodeRuntime> runtimes = new ArrayList<>();
    private final JobEngine engine;
    private final Wallet wallet;

    private MpcSigners(Path root) throws Exception {
        List<NodeIdentity> identities = new ArrayList<>();
        for (String name : NODES) {
            identities.add(NodeIdentityStore.init(root.resolve(name), name, passphrase(name)));
        }
        Committee committee = new Committee(
                1, new AdminQuorum(1, List.of(SigningKey.generate(RANDOM).publicKey())), identities);
        DerivedPayloadAuthorizer authorizer = new DerivedPayloadAuthorizer();
        for (String name : NODES) {
            UnlockedNode node = NodeIdentityStore.open(root.resolve(name), passphrase(name));
            unlocked.add(node);
            NodeRuntime runtime = new NodeRuntime(
                    node.keys(), committee, NodeStorage.open(node.secrets(), root.resolve(name)), authorizer, RANDOM);
            runtime.attach(links.connect(name, runtime));
            runtimes.add(runtime);
        }
        engine = new JobEngine(links, new JobSettings(Duration.ofSeconds(60), 2, 0), authorizer, RANDOM);
        wallet = engine.generateKey(new WalletId("e2e-eth"), Scheme.ECDSA_SECP256K1, 2, NODES)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts the nodes with data folders under {@code root} and generates the wallet. */
    static MpcSigners start(Path root) throws Exception {
        return new MpcSigners(root);
    }

    /** The wallet's Ethereum address. */
    Address address() {
        try {
            return Address.fromHex(wallet.address().orElseThrow());
        } catch (DecodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs the unsigned transaction {@code raw} with two of the three nodes; the signed transaction. */
    byte[] signTransaction(byte[] raw) throws Exception {
        return sign(PayloadType.ETHEREUM_RAW_TX, raw).signedTransaction().orElseThrow();
    }

    /** Signs {@code payload}'s safeTxHash as the wallet's owner signature. */
    SafeOwnerSignature signSafeTransaction(SafeSigningPayload payload) throws Exception {
        return SafeOwnerSignature.ecdsa(
                address(), sign(PayloadType.SAFE_TX, payload.encode()).signature());
    }

    SigningResult sign(PayloadType type, byte[] bytes) throws Exception {
        return engine.sign(wallet.id(), SignRequest.of(new TypedPayload(type, bytes)))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
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
        for (int i = 0; i < NODES.size(); i++) {
            links.disconnect(NODES.get(i), "test finished");
            runtimes.get(i).close();
            unlocked.get(i).close();
        }
        links.close();
    }
}
