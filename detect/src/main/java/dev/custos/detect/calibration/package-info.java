/**
 * One evidence scale for every calibrated detector: a detector computes how surprising an observation is under the
 * entity's own history (a p-value), and {@link dev.custos.detect.calibration.Evidence} turns it into a score on the
 * shared 0..100 scale, the same way everywhere (docs/DETECTION.md, "Calibrated evidence").
 */
package dev.custos.detect.calibration;
