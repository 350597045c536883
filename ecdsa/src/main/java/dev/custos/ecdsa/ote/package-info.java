/**
 * KOS15 correlated OT extension (Keller, Orsini, Scholl, "Actively Secure OT Extension with Optimal Overhead", CRYPTO
 * 2015, with its consistency check over GF(2^128)), keyed by fresh salts so that the long-lived base OTs serve every
 * session (docs/ECDSA.md, "OT extension"): {@link dev.custos.ecdsa.ote.ExtensionReceiver} (Bob) sends an {@link
 * dev.custos.ecdsa.ote.ExtensionMessage}, {@link dev.custos.ecdsa.ote.ExtensionSender} (Alice) checks it; {@link
 * dev.custos.ecdsa.ote.OtExtension} holds the parameters and shared helpers.
 */
package dev.custos.ecdsa.ote;
