/**
 * Baselines per credential (an API token or service account, or any user that submits signing requests): the
 * networks and clients it is used from, and its request rate by hour of day. {@link
 * dev.custos.detect.credential.CredentialDetector} flags a signing request from a network or client the credential
 * never used ({@code credential_origin}) and a burst far above the credential's own rate ({@code credential_burst}),
 * both at the first request, as calibrated evidence ({@link dev.custos.detect.calibration.Evidence}).
 */
package dev.custos.detect.credential;
