package dev.custos.detect.kafka;

/**
 * Counts since the source started.
 *
 * @param records records consumed (events and malformed ones)
 * @param events well-formed events processed
 * @param malformed records skipped
 * @param alerts alerts emitted
 * @param decisions signing decisions emitted
 * @param checkpoints checkpoints written
 */
public record SourceProgress(long records, long events, long malformed, long alerts, long decisions, long checkpoints) {
    public static final SourceProgress ZERO = new SourceProgress(0, 0, 0, 0, 0, 0);

    public SourceProgress {
        if (records < 0 || events < 0 || malformed < 0 || alerts < 0 || decisions < 0 || checkpoints < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    SourceProgress withEvent(long newAlerts, long newDecisions) {
        return new SourceProgress(
                records + 1, events + 1, malformed, alerts + newAlerts, decisions + newDecisions, checkpoints);
    }

    SourceProgress withMalformed() {
        return new SourceProgress(records + 1, events, malformed + 1, alerts, decisions, checkpoints);
    }

    SourceProgress withCheckpoint() {
        return new SourceProgress(records, events, malformed, alerts, decisions, checkpoints + 1);
    }
}
