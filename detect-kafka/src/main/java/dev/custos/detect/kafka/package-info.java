/**
 * Kafka source for the detection pipeline: consumes ECS events from a topic, feeds them to one {@link
 * dev.custos.detect.pipeline.DetectionPipeline} and checkpoints the detector state together with the consumed
 * offsets, so that state and offsets never disagree after a crash. See {@code docs/DETECTION-KAFKA.md}.
 */
@NullMarked
package dev.custos.detect.kafka;

import org.jspecify.annotations.NullMarked;
