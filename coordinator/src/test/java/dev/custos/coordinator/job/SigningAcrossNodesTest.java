package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Signature;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key generation and signing for all three schemes across three node runtimes, each with its own data folder. */
class SigningAcrossNodesTest {
    static final List<String> NODES = List.of("node-a", "node-b", "node-c");

    @TempDir
    Path root;

    @Test
    void ecdsaSignsEthereumTransactionsWhoseSenderIsTheWallet() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(60), 1, 2))) {
            WalletId id = new WalletId("hot-eth");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.ECDSA_SECP256K1, 2, NODES)
                    .get(120, TimeUnit.SECONDS);
            assertThat(wallet.publicKey()).hasSize(33);
            assertThat(cluster.engine.topUp(id).get(120, TimeUnit.SECONDS)).isEqualTo(2);

            for (byte[] raw :
                    List.of(Payloads.eip1559(Payloads.RECIPIENT, 10, 0), Payloads.legacy(Payloads.RECIPIENT, 5))) {
                SigningResult result = cluster.engine
                        .sign(id, Payloads.request(PayloadType.ETHEREUM_RAW_TX, raw))
                        .get(120, TimeUnit.SECONDS);
                EthereumTransaction signed =
                        TransactionDecoder.decode(result.signedTransaction().orElseThrow());
                assertThat(signed.signature()).isPresent();
                assertThat(signed.signature().orElseThrow().isLowS()).isTrue();
                assertThat(signed.sender().orElseThrow().toChecksumHex())
                        .isEqualTo(wallet.address().orElseThrow());
                assertThat(signed.signingHash().bytes()).isEqualTo(result.message());
                assertThat(result.signers()).hasSize(2);
            }
            assertThat(cluster.engine.presignatures(id)).isZero();
        }
    }

    @Test
    void frostEd25519SignsASolanaMessageThatVerifiesUnderTheWalletKey() throws Exception {
        try (Cluster cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(60), 1, 0))) {
            WalletId id = new WalletId("sol-hot");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.FROST_ED25519, 2, NODES)
                    .get(60, TimeUnit.SECONDS);
            byte[] message = Payloads.solanaTransfer(wallet.publicKey(), new byte[32], 1_000_000);
            SigningResult result = cluster.engine
                    .sign(id, Payloads.request(PayloadType.SOLANA_MESSAGE, message))
                    .get(60, TimeUnit.SECONDS);
            assertThat(result.signature()).hasSize(64);
            assertThat(Ed25519.verify(result.signature(), 0, wallet.publicKey(), 0, message, 0, message.length))
                    .isTrue();
            message[message.length - 1] ^= 1;
            assertThat(Ed25519.verify(result.signature(), 0, wallet.publicKey(), 0, message, 0, message.length))
                    .isFalse();
        }
    }

    @Test
    void frostTaprootSignsABip340SignatureUnderTheWalletKey() throws Exception {
        try (Cluster cluster =
                new Cluster(root, NODES, new DigestAuthorizer(), Cluster.settings(Duration.ofSeconds(60), 1, 0))) {
            WalletId id = new WalletId("btc-cold");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.FROST_SECP256K1_TR, 3, NODES)
                    .get(60, TimeUnit.SECONDS);
            assertThat(wallet.publicKey()).hasSize(32);
            byte[] payload = "a sighash stands in here".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            SigningResult result = cluster.engine
                    .sign(id, Payloads.request(PayloadType.PSBT, payload))
                    .get(60, TimeUnit.SECONDS);
            assertThat(result.signers()).isEqualTo(NODES);
            Signature signature = Signature.decode(Ciphersuites.secp256k1Taproot(), result.signature());
            PublicKeyPackage keys = PublicKeyPackage.deserialize(wallet.publicData());
            signature.verify(keys.verifyingKey(), result.message());
        }
    }
}
