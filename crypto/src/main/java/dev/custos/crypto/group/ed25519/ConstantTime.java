package dev.custos.crypto.group.ed25519;

/** Branch-free integer helpers for table lookups indexed by secret digits. */
final class ConstantTime {
    private ConstantTime() {}

    /** -1 (all bits set) if {@code a == b}, else 0; for {@code a} and {@code b} in [0, 2^31). */
    static int equalMask(int a, int b) {
        return ((a ^ b) - 1) >> 31;
    }
}
