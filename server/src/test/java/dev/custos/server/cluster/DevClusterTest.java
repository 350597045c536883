package dev.custos.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.job.SigningResult;
import dev.custos.coordinator.job.Wallet;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Signature;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.keystore.KeyFileKeySource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev cluster end to end over real mutual TLS: created in an empty folder, closed, loaded again with the same
 * identities, and its wallets (ECDSA secp256k1, FROST Ed25519, FROST secp256k1 Taproot; each 2 of 3) still sign.
 */
class DevClusterTest {
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");

    @TempDir
    Path root;

    static DevClusterSettings settings(Path folder) {
        return DevClusterSettings.of(folder)
                .withAuthorizers(node -> new TaprootDigestAuthorizer())
                .withDeriver(new TaprootDigestAuthorizer())
                .withJobs(new JobSettings(Duration.ofSeconds(120), 1, 0));
    }

    @Test
    void walletsGeneratedBeforeARestartSignAfterItWithTheSameIdentities() throws Exception {
        Path folder = root.resolve("custos-data");
        Set<Thread> before = Threads.custos();
        Set<String> authorized = new ConcurrentSkipListSet<>();
        DevClusterSettings settings = settings(folder).withAuthorizers(node -> {
            authorized.add(node.name() + " in " + node.dataFolder().getFileName());
            return new TaprootDigestAuthorizer();
        });
        Map<Scheme, Wallet> generated = new TreeMap<>();
        String adminKey;
        String coordinatorKey;
        List<NodeIdentity> members;
        try (DevCluster cluster = DevCluster.open(settings)) {
            assertThat(cluster.created()).isTrue();
            assertThat(cluster.connectedNodes()).containsExactlyInAnyOrderElementsOf(NODES);
            assertThat(cluster.nodeNames()).isEqualTo(NODES);
            assertThat(cluster.threshold()).isEqualTo(2);
            assertThat(cluster.committee().admins().admins()).containsExactly(cluster.adminKey());
            assertThat(cluster.relayAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(cluster.recoveredWallets()).isEmpty();
            assertThat(cluster.policyVersion()).isEmpty();
            assertThat(authorized).containsExactly("node-1 in node-1", "node-2 in node-2", "node-3 in node-3");
            for (Scheme scheme : Scheme.values()) {
                WalletId id = new WalletId("wallet-" + scheme.wireName());
                generated.put(
                        scheme,
                        cluster.jobEngine().generateKey(id, scheme, 2, NODES).get(120, TimeUnit.SECONDS));
            }
            adminKey = cluster.adminKey().toHex();
            coordinatorKey = cluster.coordinatorKey().toHex();
            members = cluster.committee().members();
        }
        Threads.assertEnded(before);

        for (Path keyFile : List.of(
                folder.resolve("admin/dev-admin.key"),
                folder.resolve("coordinator/coordinator.key"),
                folder.resolve("nodes/node-1/node.key"),
                folder.resolve("nodes/node-2/node.key"),
                folder.resolve("nodes/node-3/node.key"))) {
            assertThat(Files.size(keyFile)).as("%s", keyFile).isEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .as("%s", keyFile)
                    .isEqualTo("rw-------");
        }

        try (DevCluster cluster = DevCluster.open(settings)) {
            assertThat(cluster.created()).isFalse();
            assertThat(cluster.adminKey().toHex()).isEqualTo(adminKey);
            assertThat(cluster.coordinatorKey().toHex()).isEqualTo(coordinatorKey);
            assertThat(cluster.committee().members()).isEqualTo(members);
            assertThat(cluster.connectedNodes()).containsExactlyInAnyOrderElementsOf(NODES);
            assertThat(cluster.recoveredWallets())
                    .extracting(Wallet::record)
                    .containsExactlyInAnyOrderElementsOf(
                            generated.values().stream().map(Wallet::record).toList());
            for (Wallet wallet : generated.values()) {
                assertThat(cluster.jobEngine().register(wallet).record()).isEqualTo(wallet.record());
            }

            Wallet ecdsa = generated.get(Scheme.ECDSA_SECP256K1);
            SigningResult ethereum = cluster.jobEngine()
                    .sign(ecdsa.id(), Payloads.request(PayloadType.ETHEREUM_RAW_TX, Payloads.eip1559(10, 0)))
                    .get(120, TimeUnit.SECONDS);
            EthereumTransaction signed =
                    TransactionDecoder.decode(ethereum.signedTransaction().orElseThrow());
            assertThat(signed.sender().orElseThrow().toChecksumHex())
                    .isEqualTo(ecdsa.address().orElseThrow());

            Wallet solana = generated.get(Scheme.FROST_ED25519);
            byte[] message = Payloads.solanaTransfer(solana.publicKey(), 1_000_000);
            SigningResult ed25519 = cluster.jobEngine()
                    .sign(solana.id(), Payloads.request(PayloadType.SOLANA_MESSAGE, message))
                    .get(120, TimeUnit.SECONDS);
            assertThat(Ed25519.verify(ed25519.signature(), 0, solana.publicKey(), 0, message, 0, message.length))
                    .isTrue();

            Wallet bitcoin = generated.get(Scheme.FROST_SECP256K1_TR);
            byte[] psbt = "a PSBT stands in here".getBytes(StandardCharsets.US_ASCII);
            SigningResult taproot = cluster.jobEngine()
                    .sign(bitcoin.id(), Payloads.request(PayloadType.PSBT, psbt))
                    .get(120, TimeUnit.SECONDS);
            Signature.decode(Ciphersuites.secp256k1Taproot(), taproot.signature())
                    .verify(PublicKeyPackage.deserialize(bitcoin.publicData()).verifyingKey(), taproot.message());
        }
        Threads.assertEnded(before);
    }

    @Test
    void aWalletOneHolderLacksIsLeftOutAndAStoredCopyThatDiffersFromTheNodesIsRefused() throws Exception {
        Path folder = root.resolve("data");
        Wallet kept;
        Wallet lost;
        try (DevCluster cluster = DevCluster.open(settings(folder))) {
            kept = cluster.jobEngine()
                    .generateKey(new WalletId("kept"), Scheme.FROST_ED25519, 2, NODES)
                    .get(120, TimeUnit.SECONDS);
            lost = cluster.jobEngine()
                    .generateKey(new WalletId("lost"), Scheme.FROST_ED25519, 2, NODES)
                    .get(120, TimeUnit.SECONDS);
        }
        // As if node-3's key generation of "lost" had failed after the others finished: it has no record.
        KeyFileKeySource key = KeyFileKeySource.readFile(folder.resolve("nodes/node-3/node.key"));
        try (UnlockedNode node = NodeIdentityStore.open(folder.resolve("nodes/node-3"), key)) {
            assertThat(node.secrets().remove("wallets/lost/record")).isTrue();
        } finally {
            key.destroy();
        }
        try (DevCluster cluster = DevCluster.open(settings(folder))) {
            assertThat(cluster.recoveredWallets()).extracting(Wallet::id).containsExactly(kept.id());
            assertThat(cluster.jobEngine().wallet(lost.id())).isEmpty();
            Wallet stale = Wallet.fromPublicData(kept.id(), kept.scheme(), NODES, 2, lost.publicData());
            assertThatThrownBy(() -> cluster.jobEngine().register(stale))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("wallet kept is registered already");
            assertThat(cluster.jobEngine().wallet(kept.id()).orElseThrow().publicKey())
                    .isEqualTo(kept.publicKey());
        }
    }

    @Test
    void aFolderWithOtherFilesButNoClusterGetsANewOneAndExistsAfterwards() throws Exception {
        Path folder = root.resolve("data");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("admin.token"), "the server's, not the cluster's");
        assertThat(DevCluster.exists(folder)).isFalse();
        List<String> names = new ArrayList<>();
        try (DevCluster cluster = DevCluster.open(settings(folder))) {
            assertThat(cluster.created()).isTrue();
            names.addAll(cluster.connectedNodes());
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(NODES);
        assertThat(DevCluster.exists(folder)).isTrue();
        assertThat(Files.readString(folder.resolve("admin.token"))).isEqualTo("the server's, not the cluster's");
    }
}
