package dev.custos.crypto.vss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PolynomialTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ScalarField FIELD = ScalarField.SECP256K1;

    @Test
    void evaluate_matchesCommitmentEvaluation() {
        Group group = Ed25519Group.INSTANCE;
        Polynomial polynomial = Polynomial.random(group.scalarField(), 4, RANDOM);
        FeldmanCommitment commitment = polynomial.commit(group);
        for (long x = 1; x <= 5; x++) {
            Scalar id = group.scalarField().of(x);
            assertThat(group.multiplyGenerator(polynomial.evaluate(id))).isEqualTo(commitment.evaluate(id));
        }
    }

    @Test
    void evaluate_atZero_isConstant() {
        Scalar constant = FIELD.of(new BigInteger("123456789abcdef", 16));
        Polynomial polynomial = Polynomial.withConstant(constant, 3, RANDOM);
        assertThat(polynomial.evaluate(FIELD.zero())).isEqualTo(constant);
        assertThat(polynomial.constantTerm()).isEqualTo(constant);
    }

    @Test
    void evaluate_thresholdOne_isConstantEverywhere() {
        Scalar constant = FIELD.of(42);
        Polynomial polynomial = Polynomial.withConstant(constant, 1, RANDOM);
        assertThat(polynomial.evaluate(FIELD.of(7))).isEqualTo(constant);
        Scalar value = polynomial.evaluate(FIELD.of(7));
        value.wipe();
        assertThat(polynomial.constantTerm()).isEqualTo(constant);
    }

    @Test
    void commit_coefficientsAreGeneratorMultiples() {
        Group group = Secp256k1Group.instance();
        Scalar constant = FIELD.of(5);
        Polynomial polynomial = Polynomial.withConstant(constant, 2, RANDOM);
        FeldmanCommitment commitment = polynomial.commit(group);
        Element fiveG = group.generator()
                .add(group.generator())
                .add(group.generator())
                .add(group.generator())
                .add(group.generator());
        assertThat(commitment.constantTerm()).isEqualTo(fiveG);
        assertThat(commitment.threshold()).isEqualTo(2);
        // C_1 = a_1 G = f(1) G - C_0
        Element c1 = group.multiplyGenerator(polynomial.evaluate(FIELD.one())).subtract(fiveG);
        assertThat(commitment.coefficients().get(1)).isEqualTo(c1);
    }

    @Test
    void commit_otherField_throws() {
        Polynomial polynomial = Polynomial.random(FIELD, 2, RANDOM);
        assertThatThrownBy(() -> polynomial.commit(Ed25519Group.INSTANCE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> polynomial.evaluate(ScalarField.ED25519.one()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withConstant_copiesCallerScalar() {
        Scalar constant = FIELD.of(99);
        Polynomial polynomial = Polynomial.withConstant(constant, 2, RANDOM);
        polynomial.destroy();
        assertThat(constant).isEqualTo(FIELD.of(99));
    }

    @Test
    void destroy_wipesAndBlocksUse() {
        Polynomial polynomial = Polynomial.random(FIELD, 3, RANDOM);
        Scalar constant = polynomial.constantTerm();
        polynomial.destroy();
        assertThat(polynomial.isDestroyed()).isTrue();
        assertThat(constant.isZero()).isTrue();
        assertThatThrownBy(() -> polynomial.evaluate(FIELD.one())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> polynomial.commit(Secp256k1Group.instance()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(polynomial::constantTerm).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void random_thresholdBelowOne_throws() {
        assertThatThrownBy(() -> Polynomial.random(FIELD, 0, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
    }

    @Test
    void toString_isRedacted() {
        Polynomial polynomial = Polynomial.withConstant(FIELD.of(31337), 2, RANDOM);
        assertThat(polynomial.toString())
                .contains("redacted")
                .doesNotContain("31337")
                .doesNotContain("7a69");
        assertThat(polynomial.threshold()).isEqualTo(2);
    }
}
