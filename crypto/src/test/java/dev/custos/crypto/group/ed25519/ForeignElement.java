package dev.custos.crypto.group.ed25519;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;

/** An element of some other group, to check that the edwards25519 code refuses it. */
final class ForeignElement implements Element {
    @Override
    public Group group() {
        return new Group() {
            @Override
            public String name() {
                return "foreign";
            }

            @Override
            public ScalarField scalarField() {
                return ScalarField.SECP256K1;
            }

            @Override
            public Element identity() {
                return ForeignElement.this;
            }

            @Override
            public Element generator() {
                return ForeignElement.this;
            }

            @Override
            public Element multiplyGenerator(Scalar k) {
                return ForeignElement.this;
            }

            @Override
            public int elementLength() {
                return 0;
            }

            @Override
            public Element decode(byte[] encoding) {
                return ForeignElement.this;
            }
        };
    }

    @Override
    public Element add(Element other) {
        return this;
    }

    @Override
    public Element subtract(Element other) {
        return this;
    }

    @Override
    public Element negate() {
        return this;
    }

    @Override
    public Element multiplyPublic(Scalar k) {
        return this;
    }

    @Override
    public Element multiplySecret(Scalar secret) {
        return this;
    }

    @Override
    public boolean isIdentity() {
        return false;
    }

    @Override
    public byte[] encode() {
        return new byte[0];
    }
}
