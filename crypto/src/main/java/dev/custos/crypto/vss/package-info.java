/**
 * Verifiable secret sharing: secret polynomials ({@link dev.custos.crypto.vss.Polynomial}), Feldman commitments to their
 * coefficients ({@link dev.custos.crypto.vss.FeldmanCommitment}), Lagrange interpolation
 * ({@link dev.custos.crypto.vss.Lagrange}) and trusted-dealer Shamir sharing
 * ({@link dev.custos.crypto.vss.ShamirSharing}). These are the building blocks of FROST key generation, refresh and
 * repair.
 */
@NullMarked
package dev.custos.crypto.vss;

import org.jspecify.annotations.NullMarked;
