/**
 * The social-engineering chain: first contact from an unknown sender domain, then a downloaded file run or a new
 * package installed on a privileged person's host, then persistence or credential use from a new place
 * (docs/DETECTION.md, "Network, DNS, e-mail and file detectors").
 */
package dev.custos.detect.social;
