/**
 * What the pipeline emits (contract: docs/EVENTS.md, "Outputs", and {@code docs/schemas/}): {@link
 * dev.custos.detect.output.PipelineOutput} is either an {@link dev.custos.detect.output.Alert} on an identity or a
 * {@link dev.custos.detect.output.SigningDecision} on a signing request; {@link
 * dev.custos.detect.output.OutputFormat} renders both as JSON or as one readable line.
 */
package dev.custos.detect.output;
