package dev.custos.detect.output;

import java.time.Instant;

/** What the pipeline emits: alerts and signing decisions. */
public sealed interface PipelineOutput permits Alert, SigningDecision {
    /** The event time the output belongs to. */
    Instant timestamp();
}
