package dev.custos.ecdsa.ot;

/** Parameters of the base oblivious transfers. */
public final class BaseOt {
    /**
     * Number of base OTs per direction of a pair: the computational security parameter of the OT extension (the
     * extension works in GF(2^128); secp256k1 itself offers 128-bit security).
     */
    public static final int COUNT = 128;

    /** Length of each OT seed in bytes. */
    public static final int SEED_LENGTH = 32;

    private BaseOt() {}
}
