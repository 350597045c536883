/**
 * FROST key material (RFC 9591 §5 "Key generation" and Appendix C; ZF FROST {@code keys.rs}): a participant's secret
 * {@link dev.custos.frost.keys.KeyPackage} (its {@link dev.custos.frost.keys.SigningShare}, verifying share and the
 * group's {@link dev.custos.frost.VerifyingKey}) and the group's public {@link
 * dev.custos.frost.keys.PublicKeyPackage}. {@link dev.custos.frost.keys.TrustedDealer} deals them (Appendix C.1) as
 * {@link dev.custos.frost.keys.SecretShare}s; {@link dev.custos.frost.keys.KeyPackage#fromVerified} turns a share that
 * passed its Feldman check (Appendix C.2, {@link dev.custos.frost.keys.VerifiableSecretSharingCommitment}) into a
 * signing-capable key. The DKG ({@code dev.custos.frost.dkg}) produces the same types. See docs/FROST.md.
 */
package dev.custos.frost.keys;
