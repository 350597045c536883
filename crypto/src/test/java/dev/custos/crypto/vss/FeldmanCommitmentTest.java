package dev.custos.crypto.vss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FeldmanCommitmentTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    static List<Group> groups() {
        return List.of(Secp256k1Group.instance(), Ed25519Group.INSTANCE);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void add_commitsToSumOfPolynomials(Group group) {
        Polynomial first = Polynomial.random(group.scalarField(), 3, RANDOM);
        Polynomial second = Polynomial.random(group.scalarField(), 3, RANDOM);
        FeldmanCommitment sum = first.commit(group).add(second.commit(group));
        Scalar id = group.scalarField().of(4);
        Scalar share = first.evaluate(id).add(second.evaluate(id));
        assertThat(sum.verifyShare(id, share)).isTrue();
        assertThat(sum.constantTerm())
                .isEqualTo(group.multiplyGenerator(first.constantTerm().add(second.constantTerm())));
    }

    @Test
    void add_differentThreshold_throws() {
        Group group = Secp256k1Group.instance();
        FeldmanCommitment two =
                Polynomial.random(group.scalarField(), 2, RANDOM).commit(group);
        FeldmanCommitment three =
                Polynomial.random(group.scalarField(), 3, RANDOM).commit(group);
        assertThatThrownBy(() -> two.add(three))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 != 3");
    }

    @Test
    void add_differentGroups_throws() {
        FeldmanCommitment secp =
                new FeldmanCommitment(List.of(Secp256k1Group.instance().generator()));
        FeldmanCommitment edwards = new FeldmanCommitment(List.of(Ed25519Group.INSTANCE.generator()));
        assertThatThrownBy(() -> secp.add(edwards)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_invalidLists_throw() {
        assertThatThrownBy(() -> new FeldmanCommitment(null)).hasMessage("coefficients is null");
        assertThatThrownBy(() -> new FeldmanCommitment(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coefficients is empty");
        List<Element> withNull = new ArrayList<>();
        withNull.add(Ed25519Group.INSTANCE.generator());
        withNull.add(null);
        assertThatThrownBy(() -> new FeldmanCommitment(withNull)).hasMessage("coefficient 1 is null");
        assertThatThrownBy(() -> new FeldmanCommitment(List.of(
                        Ed25519Group.INSTANCE.generator(),
                        Secp256k1Group.instance().generator())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coefficient 1 is in group secp256k1");
    }

    @Test
    void constructor_copiesList() {
        List<Element> elements = new ArrayList<>(List.of(Ed25519Group.INSTANCE.generator()));
        FeldmanCommitment commitment = new FeldmanCommitment(elements);
        elements.add(Ed25519Group.INSTANCE.generator());
        assertThat(commitment.threshold()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void refreshPolynomial_hasIdentityConstant(Group group) {
        Polynomial refresh = Polynomial.withConstant(group.scalarField().zero(), 2, RANDOM);
        FeldmanCommitment commitment = refresh.commit(group);
        assertThat(commitment.constantTerm().isIdentity()).isTrue();
        assertThatThrownBy(commitment::requireNonIdentityConstant)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identity");
        assertThatThrownBy(commitment::encode).isInstanceOf(IllegalStateException.class);
        Scalar id = group.scalarField().of(2);
        assertThat(commitment.verifyShare(id, refresh.evaluate(id))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("groups")
    void encode_decode_roundTrips(Group group) throws Exception {
        FeldmanCommitment commitment =
                Polynomial.random(group.scalarField(), 3, RANDOM).commit(group);
        List<byte[]> encodings = commitment.encode();
        assertThat(encodings).hasSize(3).allSatisfy(e -> assertThat(e).hasSize(group.elementLength()));
        assertThat(FeldmanCommitment.decode(group, encodings)).isEqualTo(commitment);
        assertThat(commitment.requireNonIdentityConstant()).isSameAs(commitment);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_badCoefficient_namesIndex(Group group) {
        FeldmanCommitment commitment =
                Polynomial.random(group.scalarField(), 3, RANDOM).commit(group);
        List<byte[]> encodings = new ArrayList<>(commitment.encode());
        byte[] bad = new byte[group.elementLength()];
        Arrays.fill(bad, (byte) 0xFF);
        encodings.set(2, bad);
        assertThatThrownBy(() -> FeldmanCommitment.decode(group, encodings))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("coefficient 2");
        assertThatThrownBy(() -> FeldmanCommitment.decode(group, List.of()))
                .isInstanceOf(InvalidEncodingException.class);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void verifyShare_wrongShareOrId_fails(Group group) {
        Polynomial polynomial = Polynomial.random(group.scalarField(), 2, RANDOM);
        FeldmanCommitment commitment = polynomial.commit(group);
        Scalar id = group.scalarField().of(1);
        Scalar share = polynomial.evaluate(id);
        assertThat(commitment.verifyShare(id, share)).isTrue();
        assertThat(commitment.verifyShare(id, share.add(group.scalarField().one())))
                .isFalse();
        assertThat(commitment.verifyShare(group.scalarField().of(2), share)).isFalse();
    }
}
