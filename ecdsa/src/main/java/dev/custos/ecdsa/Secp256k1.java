package dev.custos.ecdsa;

import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.ScalarField;

/** The curve this module works on. */
public final class Secp256k1 {
    public static final Secp256k1Group GROUP = Secp256k1Group.instance();
    public static final ScalarField FIELD = ScalarField.SECP256K1;

    private Secp256k1() {}
}
