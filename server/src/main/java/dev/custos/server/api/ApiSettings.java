package dev.custos.server.api;

/**
 * The HTTP layer's limits.
 *
 * @param maxBodyBytes the largest request body accepted (larger: 413)
 * @param callsPerSecond each token's sustained call rate (more: 429)
 * @param burst each token's burst
 */
public record ApiSettings(long maxBodyBytes, double callsPerSecond, double burst) {
    public ApiSettings {
        if (maxBodyBytes < 1024 || maxBodyBytes > 64L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be 1 KiB to 64 MiB, not " + maxBodyBytes);
        }
        if (!(callsPerSecond > 0) || !(burst >= 1)) {
            throw new IllegalArgumentException("callsPerSecond must be > 0 and burst >= 1");
        }
    }

    /** 1 MiB bodies, 200 calls a second per token with bursts of 400. */
    public static ApiSettings defaults() {
        return new ApiSettings(1024 * 1024, 200, 400);
    }
}
