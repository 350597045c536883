/**
 * Per-wallet anomaly scoring of signing requests with a thresholded Random Cut Forest (the {@code randomcutforest}
 * library): {@link dev.custos.detect.forest.WalletForest} scores, then learns, the {@link
 * dev.custos.detect.forest.TransactionFeatures} of each request and returns a {@link
 * dev.custos.detect.forest.ForestVerdict} with each feature's share of the attribution; {@link
 * dev.custos.detect.forest.ForestSettings} fixes seeds and sizes so runs are reproducible.
 */
package dev.custos.detect.forest;
