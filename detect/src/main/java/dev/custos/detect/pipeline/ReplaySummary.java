package dev.custos.detect.pipeline;

/**
 * Counts from one replay.
 *
 * @param events well-formed events processed
 * @param malformedLines lines skipped
 * @param alerts alerts raised
 * @param decisions signing decisions made
 */
public record ReplaySummary(long events, long malformedLines, long alerts, long decisions) {
    public ReplaySummary {
        if (events < 0 || malformedLines < 0 || alerts < 0 || decisions < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
    }
}
