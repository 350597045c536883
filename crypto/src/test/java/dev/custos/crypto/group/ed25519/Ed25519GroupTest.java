package dev.custos.crypto.group.ed25519;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ed25519GroupTest {
    private static final Ed25519Group GROUP = Ed25519Group.INSTANCE;
    private static final ScalarField FIELD = ScalarField.ED25519;
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void describesItself() {
        assertThat(GROUP.name()).isEqualTo("edwards25519");
        assertThat(GROUP.scalarField()).isSameAs(ScalarField.ED25519);
        assertThat(GROUP.elementLength()).isEqualTo(32);
    }

    @Test
    void generator_encodesAsRfc8032BasePoint() {
        assertThat(HEX.formatHex(GROUP.generator().encode()))
                .isEqualTo("5866666666666666666666666666666666666666666666666666666666666666");
    }

    @Test
    void generator_hasRfc8032Coordinates() {
        ReferenceEdwards.Point decoded =
                ReferenceEdwards.decode(GROUP.generator().encode()).orElseThrow();
        assertThat(decoded).isEqualTo(ReferenceEdwards.BASE);
    }

    @Test
    void identity_isIdentityAndHasNoEncoding() {
        Element identity = GROUP.identity();
        assertThat(identity.isIdentity()).isTrue();
        assertThat(GROUP.generator().isIdentity()).isFalse();
        assertThatThrownBy(identity::encode)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("identity");
    }

    @Test
    void multiplyGenerator_zero_isIdentity() {
        assertThat(GROUP.multiplyGenerator(FIELD.zero()).isIdentity()).isTrue();
        assertThat(GROUP.generator().multiplyPublic(FIELD.zero()).isIdentity()).isTrue();
    }

    @Test
    void multiplyGenerator_one_isGenerator() {
        assertThat(GROUP.multiplyGenerator(FIELD.one())).isEqualTo(GROUP.generator());
        assertThat(GROUP.generator().multiplyPublic(FIELD.one())).isEqualTo(GROUP.generator());
    }

    @Test
    void multiplyGenerator_orderMinusOne_isNegatedGenerator() {
        Scalar minusOne = FIELD.of(-1);
        Element expected = GROUP.generator().negate();
        assertThat(GROUP.multiplyGenerator(minusOne)).isEqualTo(expected);
        assertThat(GROUP.generator().multiplyPublic(minusOne)).isEqualTo(expected);
        assertThat(GROUP.multiplyGenerator(minusOne).add(GROUP.generator()).isIdentity())
                .isTrue();
    }

    @Test
    void multiplyGenerator_smallMultiples_matchReference() {
        for (int k = 0; k <= 20; k++) {
            Element element = GROUP.multiplyGenerator(FIELD.of(k));
            ReferenceEdwards.Point expected = ReferenceEdwards.multiply(BigInteger.valueOf(k), ReferenceEdwards.BASE);
            if (k == 0) {
                assertThat(element.isIdentity()).isTrue();
            } else {
                assertThat(element.encode()).as("k = %d", k).isEqualTo(ReferenceEdwards.encode(expected));
            }
        }
    }

    @Test
    void multiplyGenerator_maximalDigits_matchReference() {
        // Digits that all sit at the edges of the signed radix-16 range (nibbles 8 and 7 force carries everywhere).
        for (String hex : List.of(
                "0888888888888888888888888888888888888888888888888888888888888888",
                "0777777777777777777777777777777777777777777777777777777777777777")) {
            BigInteger k = new BigInteger(hex, 16);
            Scalar scalar = FIELD.of(k);
            byte[] expected =
                    ReferenceEdwards.encode(ReferenceEdwards.multiply(k.mod(FIELD.order()), ReferenceEdwards.BASE));
            assertThat(GROUP.multiplyGenerator(scalar).encode()).isEqualTo(expected);
            assertThat(GROUP.generator().multiplyPublic(scalar).encode()).isEqualTo(expected);
        }
    }

    @Test
    void equals_comparesTheElementNotTheRepresentation() throws InvalidEncodingException {
        Element three = GROUP.multiplyGenerator(FIELD.of(3));
        Element sum = GROUP.generator().add(GROUP.generator()).add(GROUP.generator());
        Element decoded = GROUP.decode(three.encode());
        assertThat(sum)
                .isEqualTo(three)
                .isEqualTo(decoded)
                .hasSameHashCodeAs(three)
                .hasSameHashCodeAs(decoded);
        assertThat(three).isNotEqualTo(GROUP.generator());
        assertThat(GROUP.identity()).isEqualTo(three.subtract(three));
        assertThat(GROUP.identity()).hasSameHashCodeAs(three.subtract(three));
    }

    @Test
    void multiply_scalarFromOtherField_throws() {
        Scalar foreign = ScalarField.SECP256K1.one();
        assertThatThrownBy(() -> GROUP.generator().multiplyPublic(foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secp256k1");
        assertThatThrownBy(() -> GROUP.multiplyGenerator(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void add_elementOfOtherGroup_throws() {
        Element foreign = new ForeignElement();
        assertThatThrownBy(() -> GROUP.generator().add(foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an edwards25519 element");
        assertThatThrownBy(() -> GROUP.multiScalarMultiply(List.of(FIELD.one()), List.of(foreign)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multiScalarMultiply_countMismatch_throws() {
        assertThatThrownBy(() -> GROUP.multiScalarMultiply(List.of(FIELD.one()), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in count");
    }

    @Test
    void multiScalarMultiply_emptyOrZero_isIdentity() {
        assertThat(GROUP.multiScalarMultiply(List.of(), List.of()).isIdentity()).isTrue();
        assertThat(GROUP.multiScalarMultiply(
                                List.of(FIELD.zero(), FIELD.zero()), List.of(GROUP.generator(), GROUP.generator()))
                        .isIdentity())
                .isTrue();
    }

    @Test
    void multiScalarMultiply_orderMinusOne_negates() {
        Element element = GROUP.multiplyGenerator(FIELD.of(12345));
        assertThat(GROUP.multiScalarMultiply(List.of(FIELD.of(-1)), List.of(element)))
                .isEqualTo(element.negate());
    }

    @Test
    void toString_showsEncoding() {
        assertThat(GROUP.generator().toString()).contains("5866666666");
        assertThat(GROUP.identity().toString()).contains("identity");
    }
}
