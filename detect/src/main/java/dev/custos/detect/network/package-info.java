/**
 * Network, DNS and host-owner detectors: beaconing, rare and first-seen external destinations, DNS tunnelling and
 * outbound volume against a host's own baseline (docs/DETECTION.md, "Network, DNS, e-mail and file detectors").
 */
package dev.custos.detect.network;
