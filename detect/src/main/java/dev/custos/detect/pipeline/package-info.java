/**
 * The detection path end to end: {@link dev.custos.detect.pipeline.DetectionPipeline#standard} assembles every
 * detector, the feedback, the correlator and the signing gate, and {@link
 * dev.custos.detect.pipeline.DetectionPipeline#process} runs one event through them; it checkpoints and restores the
 * whole state. {@link dev.custos.detect.pipeline.Replay} runs a recording through it on a simulated clock; {@link
 * dev.custos.detect.pipeline.StateFile} keeps its checkpoint on disk.
 */
package dev.custos.detect.pipeline;
