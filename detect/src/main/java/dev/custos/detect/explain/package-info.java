/**
 * The vocabulary of explained detections: {@link dev.custos.detect.explain.Finding} (one detector's verdict on one
 * event), {@link dev.custos.detect.explain.FeatureEvidence} (which value broke which baseline), {@link
 * dev.custos.detect.explain.EntityRef} (the user, host, device, wallet or contract concerned), {@link
 * dev.custos.detect.explain.KillChainStage} and {@link dev.custos.detect.explain.Scores} (the shared 0..100 score
 * arithmetic and severities).
 */
package dev.custos.detect.explain;
