package dev.custos.node.keystore;

/**
 * The cost of an Argon2id derivation (RFC 9106). The bounds apply when a keystore is created and when one is read, so
 * that neither a weak setting nor an altered header that asks for gigabytes of memory is accepted.
 *
 * <p>{@link #DEFAULT}, 64 MiB, 3 passes, 1 lane, is the second recommended option of RFC 9106 §4 with one lane instead
 * of four: a node derives the key once per start, so about a second on a shared 2-core machine is affordable, 64 MiB is
 * nothing on a 24 GB host but makes every guess an attacker tries cost the same memory, and Bouncy Castle computes lanes
 * one after another, so more lanes would only slow the node, not an attacker with parallel hardware.
 *
 * @param memoryKib memory in KiB, 8 MiB to 1 GiB
 * @param iterations passes over the memory, 1 to 64
 * @param parallelism lanes, 1 to 16
 */
public record Argon2idCost(int memoryKib, int iterations, int parallelism) {
    public static final int MIN_MEMORY_KIB = 8 * 1024;
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;

    /** 64 MiB, 3 passes, 1 lane; see the class description. */
    public static final Argon2idCost DEFAULT = new Argon2idCost(64 * 1024, 3, 1);

    public Argon2idCost {
        if (memoryKib < MIN_MEMORY_KIB || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2id memory must be between " + MIN_MEMORY_KIB + " and "
                    + MAX_MEMORY_KIB + " KiB, got " + memoryKib);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "Argon2id iterations must be between 1 and " + MAX_ITERATIONS + ", got " + iterations);
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException(
                    "Argon2id parallelism must be between 1 and " + MAX_PARALLELISM + ", got " + parallelism);
        }
    }
}
