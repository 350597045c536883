package dev.custos.node.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.keystore.SecretStore;
import dev.custos.node.policy.PolicyInstallException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolicyStoreTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<SigningKey> admins =
            IntStream.range(0, 3).mapToObj(i -> SigningKey.generate(RANDOM)).toList();
    private final AdminQuorum quorum =
            new AdminQuorum(2, admins.stream().map(SigningKey::publicKey).toList());
    private final SecretStore secrets = SecretStore.inMemory();

    @Test
    void quorumSignedPolicy_isInstalled_andSurvivesReopening() throws Exception {
        PolicyStore store = PolicyStore.open(secrets, quorum);
        SignedPolicy policy = SignedPolicy.sign(1, document("v1"), admins.subList(0, 2));

        assertThat(store.install(policy, quorum)).isTrue();
        assertThat(store.install(policy, quorum))
                .as("installing it again changes nothing")
                .isFalse();
        assertThat(PolicyStore.open(secrets, quorum).current()).contains(policy);
    }

    @Test
    void oneAdminAlone_cannotInstallAPolicy() throws Exception {
        PolicyStore store = PolicyStore.open(secrets, quorum);
        assertThatThrownBy(() -> store.install(SignedPolicy.sign(1, document("loose"), admins.subList(0, 1)), quorum))
                .isInstanceOf(PolicyInstallException.class)
                .hasMessage("NOT_SIGNED_BY_QUORUM: NOT_ENOUGH_SIGNATURES: the committee's admins need 2 of 3"
                        + " signatures, 1 signed policy version 1")
                .extracting(e -> ((PolicyInstallException) e).reason())
                .isEqualTo(Reason.NOT_SIGNED_BY_QUORUM);
        assertThat(store.current()).isEmpty();
    }

    @Test
    void strangerOrDoubleSignature_isRefusedNamingTheAdmin() throws Exception {
        PolicyStore store = PolicyStore.open(secrets, quorum);
        SigningKey stranger = SigningKey.generate(RANDOM);
        SignedPolicy byStranger = SignedPolicy.sign(1, document("x"), List.of(admins.get(0), stranger));
        assertThatThrownBy(() -> store.install(byStranger, quorum))
                .hasMessageContaining("UNKNOWN_ADMIN")
                .hasMessageContaining(stranger.publicKey().toHex());
        SignedPolicy twice = SignedPolicy.sign(1, document("x"), List.of(admins.get(0), admins.get(0)));
        assertThatThrownBy(() -> store.install(twice, quorum)).hasMessageContaining("DUPLICATE_ADMIN");
    }

    @Test
    void signatureOverAnotherDocumentOrVersion_doesNotVerify() throws Exception {
        PolicyStore store = PolicyStore.open(secrets, quorum);
        SignedPolicy signed = SignedPolicy.sign(2, document("strict"), admins.subList(0, 2));
        SignedPolicy swappedDocument = new SignedPolicy(2, document("loose"), signed.signatures());
        SignedPolicy swappedVersion = new SignedPolicy(3, document("strict"), signed.signatures());
        assertThatThrownBy(() -> store.install(swappedDocument, quorum)).hasMessageContaining("BAD_SIGNATURE");
        assertThatThrownBy(() -> store.install(swappedVersion, quorum)).hasMessageContaining("BAD_SIGNATURE");
        assertThat(store.current()).isEmpty();
    }

    @Test
    void olderVersion_isADowngrade_evenWhenProperlySigned() throws Exception {
        PolicyStore store = PolicyStore.open(secrets, quorum);
        SignedPolicy old = SignedPolicy.sign(1, document("loose"), admins.subList(0, 2));
        SignedPolicy newer = SignedPolicy.sign(2, document("strict"), admins.subList(1, 3));
        store.install(old, quorum);
        store.install(newer, quorum);

        assertThatThrownBy(() -> store.install(old, quorum))
                .isInstanceOf(PolicyInstallException.class)
                .hasMessage("DOWNGRADE: policy version 1 is below the installed version 2");
        assertThatThrownBy(() -> PolicyStore.open(secrets, quorum).install(old, quorum))
                .as("the refusal holds after a restart")
                .hasMessageStartingWith("DOWNGRADE");
        assertThat(store.current()).contains(newer);
    }

    @Test
    void sameVersionWithAnotherDocument_isRefused() throws Exception {
        PolicyStore store = PolicyStore.open(secrets, quorum);
        store.install(SignedPolicy.sign(4, document("a"), admins.subList(0, 2)), quorum);
        assertThatThrownBy(() -> store.install(SignedPolicy.sign(4, document("b"), admins.subList(0, 2)), quorum))
                .hasMessage("CONFLICTING_VERSION: policy version 4 is installed with another document");
    }

    @Test
    void encoding_roundTrips_andMalformedBytesAreRefused() throws Exception {
        SignedPolicy policy = SignedPolicy.sign(7, document("round trip"), admins);
        assertThat(SignedPolicy.decode(policy.encode())).isEqualTo(policy);

        byte[] truncated = java.util.Arrays.copyOf(policy.encode(), policy.encode().length - 1);
        assertThatThrownBy(() -> SignedPolicy.decode(truncated)).isInstanceOf(InvalidEncodingException.class);
        PolicyStore store = PolicyStore.open(secrets, quorum);
        assertThatThrownBy(() -> store.install("CNSPjunk".getBytes(StandardCharsets.US_ASCII), quorum))
                .isInstanceOf(PolicyInstallException.class)
                .hasMessageStartingWith("MALFORMED: the policy received: ");
        List<AdminSignature> none = new ArrayList<>();
        assertThatThrownBy(() -> new SignedPolicy(1, document("x"), none)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] document(String text) {
        return ("{\"policy\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
