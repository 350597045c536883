package dev.custos.detect.simulation;

import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

/** Seeded draws the simulator needs: identifiers, addresses and heavy-tailed amounts. */
final class Randoms {
    private Randoms() {}

    static String hex(RandomGenerator random, int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    /** A fresh EVM-style address (0x + 40 hex digits). */
    static String address(RandomGenerator random) {
        return "0x" + hex(random, 20);
    }

    /** A log-normal draw: {@code exp(N(ln median, sigma))}. */
    static double logNormal(RandomGenerator random, double median, double sigma) {
        return Math.exp(Math.log(median) + sigma * random.nextGaussian());
    }

    /** A Poisson draw (Knuth; fine for the small means used here). */
    static int poisson(RandomGenerator random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Rounds a USD amount to cents. */
    static double cents(double amount) {
        return Math.round(amount * 100.0) / 100.0;
    }
}
