package dev.custos.frost.round2;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import java.security.SecureRandom;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class SigningPackageTest {
    private final SecureRandom random = new SecureRandom();
    private final Ciphersuite suite = Ciphersuites.ed25519();

    private SortedMap<Identifier, SigningNonces> nonces(SigningHarness harness, int... signers) {
        return harness.commit(
                java.util.Arrays.stream(signers).mapToObj(harness::identifier).toList(), random);
    }

    @Test
    void create_sortsCommitmentsByIdentifier() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        SortedMap<Identifier, SigningNonces> nonces = nonces(harness, 1, 2, 3);
        List<SigningCommitments> reversed = nonces.values().stream()
                .map(SigningNonces::commitments)
                .toList()
                .reversed();

        SigningPackage signingPackage = SigningPackage.create(suite, reversed, new byte[0]);

        assertThat(signingPackage.identifiers()).containsExactlyElementsOf(nonces.keySet());
    }

    @Test
    void create_duplicateIdentifier_namesIt() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        SigningCommitments first = nonces(harness, 2).get(harness.identifier(2)).commitments();
        SigningCommitments second =
                nonces(harness, 2).get(harness.identifier(2)).commitments();

        assertFrostFailure(
                () -> SigningPackage.create(suite, List.of(first, second), new byte[] {1}),
                FrostErrorCode.DUPLICATE_IDENTIFIER,
                harness.identifier(2));
        assertThatThrownBy(() -> new SigningPackage(suite, List.of(first, second), new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void create_commitmentOfAnotherSuite_namesIt() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        SigningHarness foreign = SigningHarness.withDealer(Ciphersuites.secp256k1(), 2, 3, random);
        SigningCommitments ours = nonces(harness, 1).get(harness.identifier(1)).commitments();
        SigningCommitments theirs =
                nonces(foreign, 2).get(foreign.identifier(2)).commitments();

        assertFrostFailure(
                () -> SigningPackage.create(suite, List.of(ours, theirs), new byte[] {1}),
                FrostErrorCode.CIPHERSUITE_MISMATCH,
                foreign.identifier(2));
    }

    @Test
    void commitments_identityElement_isRejected() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        SigningCommitments valid = nonces(harness, 1).get(harness.identifier(1)).commitments();

        assertThatThrownBy(() -> new SigningCommitments(
                        suite, valid.identifier(), suite.group().identity(), valid.binding()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identity");
        assertThatThrownBy(() -> new SigningCommitments(
                        suite, valid.identifier(), valid.hiding(), suite.group().identity()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void message_isDefensivelyCopied() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, random);
        byte[] message = {1, 2, 3};
        SigningPackage signingPackage = SigningPackage.create(
                suite, List.of(nonces(harness, 1).get(harness.identifier(1)).commitments()), message);
        message[0] = 9;
        signingPackage.message()[1] = 9;

        assertThat(signingPackage.message()).containsExactly(1, 2, 3);
    }
}
