/**
 * Address screening: {@link dev.custos.detect.intel.AddressIntel} holds sanctioned and known-malicious addresses,
 * {@link dev.custos.detect.intel.IntelLoader} reads feeds (plain text or CSV) and the bundled defaults listed in
 * {@code feeds.txt} next to their {@code PROVENANCE.md}, and {@link dev.custos.detect.intel.Addresses} normalises
 * addresses and implements the look-alike test against address poisoning.
 */
package dev.custos.detect.intel;
