package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link JobEngine#register}: a kept wallet is rebuilt from its public data and checked before the engine uses it. */
class RegisterWalletTest {
    /** The secp256k1 generator, compressed: a valid public key whose address is well known. */
    private static final byte[] GENERATOR =
            HexFormat.of().parseHex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");

    private static final List<String> HOLDERS = List.of("node-1", "node-2", "node-3");
    private static final WalletId ID = new WalletId("kept");

    private final InMemoryLinks links = new InMemoryLinks();
    private final JobEngine engine =
            new JobEngine(links, JobSettings.defaults(), new DerivedPayloadAuthorizer(), new SecureRandom());

    @AfterEach
    void close() {
        engine.close();
        links.close();
    }

    @Test
    void anEcdsaWalletIsRebuiltWithItsAddressAndRegisteredOnce() {
        Wallet wallet = Wallet.fromPublicData(ID, Scheme.ECDSA_SECP256K1, HOLDERS, 2, GENERATOR);
        assertThat(wallet.address()).contains("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");

        assertThat(engine.register(wallet).record()).isEqualTo(wallet.record());
        assertThat(engine.register(wallet).record()).isEqualTo(wallet.record());
        assertThat(engine.wallet(ID).orElseThrow().publicData()).isEqualTo(GENERATOR);
        assertThat(engine.presignatures(ID)).isZero();
    }

    @Test
    void aWalletWhoseKeyOrAddressDoesNotMatchItsPublicDataIsRefused() {
        byte[] otherKey = GENERATOR.clone();
        otherKey[0] = 3;
        Wallet wrongKey = new Wallet(
                ID,
                Scheme.ECDSA_SECP256K1,
                HOLDERS,
                2,
                otherKey,
                GENERATOR,
                Optional.of("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"));
        assertThatThrownBy(() -> engine.register(wrongKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wallet kept: its key 0379be");
        Wallet wrongAddress = new Wallet(
                ID,
                Scheme.ECDSA_SECP256K1,
                HOLDERS,
                2,
                GENERATOR,
                GENERATOR,
                Optional.of("0x1111111111111111111111111111111111111111"));
        assertThatThrownBy(() -> engine.register(wrongAddress))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the address of its key");
        assertThat(engine.wallet(ID)).isEmpty();
    }

    @Test
    void publicDataThatDoesNotDecodeOrFitTheHoldersIsRefusedNamingTheWallet() throws Exception {
        assertThatThrownBy(() -> Wallet.fromPublicData(ID, Scheme.ECDSA_SECP256K1, HOLDERS, 2, new byte[33]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("wallet kept: not a secp256k1 point");
        assertThatThrownBy(() ->
                        Wallet.fromPublicData(ID, Scheme.ECDSA_SECP256K1, List.of("node-2", "node-1"), 2, GENERATOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sorted and distinct");
        assertThatThrownBy(() -> Wallet.fromPublicData(ID, Scheme.ECDSA_SECP256K1, HOLDERS, 4, GENERATOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold 4");

        PublicKeyPackage twoOfThree = TrustedDealer.generate(Ciphersuites.ed25519(), 2, 3, new SecureRandom())
                .publicKeyPackage();
        assertThatThrownBy(() -> Wallet.fromPublicData(ID, Scheme.FROST_ED25519, HOLDERS, 3, twoOfThree.serialize()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wallet kept: its public key package is for 2 of 3, not 3 of 3");
        assertThatThrownBy(
                        () -> Wallet.fromPublicData(ID, Scheme.FROST_SECP256K1_TR, HOLDERS, 2, twoOfThree.serialize()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wallet kept:");
    }

    @Test
    void aFrostWalletIsRebuiltFromItsPackageAndAnotherWalletUnderItsIdIsRefused() throws Exception {
        PublicKeyPackage first = TrustedDealer.generate(Ciphersuites.ed25519(), 2, 3, new SecureRandom())
                .publicKeyPackage();
        PublicKeyPackage second = TrustedDealer.generate(Ciphersuites.ed25519(), 2, 3, new SecureRandom())
                .publicKeyPackage();
        Wallet wallet = Wallet.fromPublicData(ID, Scheme.FROST_ED25519, HOLDERS, 2, first.serialize());
        assertThat(wallet.publicKey()).isEqualTo(first.verifyingKey().publicKeyBytes());

        engine.register(wallet);
        Wallet other = Wallet.fromPublicData(ID, Scheme.FROST_ED25519, HOLDERS, 2, second.serialize());
        assertThatThrownBy(() -> engine.register(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wallet kept is registered already");
        assertThat(engine.wallet(ID).orElseThrow().publicKey()).isEqualTo(wallet.publicKey());
    }
}
