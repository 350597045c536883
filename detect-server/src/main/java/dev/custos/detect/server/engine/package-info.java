/**
 * The engine side of the service: one {@link dev.custos.detect.pipeline.DetectionPipeline} owned by a single worker
 * thread ({@link dev.custos.detect.server.engine.PipelineWorker}), the atomic state file and periodic checkpoints.
 */
package dev.custos.detect.server.engine;
