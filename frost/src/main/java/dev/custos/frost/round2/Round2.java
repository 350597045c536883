package dev.custos.frost.round2;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.round1.ConsumedNonces;
import dev.custos.frost.round1.InMemoryNonceStore;
import dev.custos.frost.round1.NonceStore;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.taproot.Taproot;

/**
 * FROST round two (RFC 9591 §5.2): a signer checks the signing package against its own commitments, records its
 * nonces as used, and computes its signature share {@code z_i = d_i + e_i * rho_i + lambda_i * s_i * c}.
 */
public final class Round2 {
    private Round2() {}

    /**
     * Signs with single-use nonces tracked only in memory (the {@link SigningNonces} object itself). Prefer {@link
     * #sign(SigningPackage, SigningNonces, KeyPackage, NonceStore)} on a signer node.
     */
    public static SignatureShare sign(SigningPackage signingPackage, SigningNonces nonces, KeyPackage keyPackage)
            throws FrostException {
        return sign(signingPackage, nonces, keyPackage, new InMemoryNonceStore());
    }

    /**
     * Validates the package, durably marks the nonces used in {@code nonceStore} (before any share exists), consumes and
     * wipes them, and returns this signer's share.
     *
     * @throws FrostException {@link FrostErrorCode#INCORRECT_NUMBER_OF_COMMITMENTS}, {@link
     *     FrostErrorCode#MISSING_COMMITMENT}, {@link FrostErrorCode#INCORRECT_COMMITMENT}, {@link
     *     FrostErrorCode#NONCE_REUSED}, {@link FrostErrorCode#NONCE_STORE_FAILURE} or {@link
     *     FrostErrorCode#CIPHERSUITE_MISMATCH}
     */
    public static SignatureShare sign(
            SigningPackage signingPackage, SigningNonces nonces, KeyPackage keyPackage, NonceStore nonceStore)
            throws FrostException {
        requireNonNull(signingPackage, "signingPackage is null");
        requireNonNull(nonces, "nonces is null");
        requireNonNull(keyPackage, "keyPackage is null");
        requireNonNull(nonceStore, "nonceStore is null");
        Ciphersuite suite = keyPackage.suite();
        Identifier identifier = keyPackage.identifier();
        if (signingPackage.suite() != suite || nonces.suite() != suite) {
            throw new FrostException(
                    FrostErrorCode.CIPHERSUITE_MISMATCH, "signing package, nonces and key package suites differ");
        }
        if (signingPackage.commitments().size() < keyPackage.minSigners()) {
            throw new FrostException(
                    FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS,
                    "signing package has " + signingPackage.commitments().size() + " commitments, need at least "
                            + keyPackage.minSigners());
        }
        SigningCommitments own = signingPackage.commitment(identifier);
        if (own == null) {
            throw FrostException.blame(
                    FrostErrorCode.MISSING_COMMITMENT, identifier, "the signing package lacks its commitment");
        }
        if (!own.equals(nonces.commitments())) {
            throw FrostException.blame(
                    FrostErrorCode.INCORRECT_COMMITMENT,
                    identifier,
                    "the signing package holds a commitment for it that does not match its nonces");
        }
        if (nonces.isUsed()) {
            throw FrostException.blame(FrostErrorCode.NONCE_REUSED, identifier, "signing nonces were already used");
        }
        KeyPackage effective = suite.requiresEvenY() ? Taproot.evenY(keyPackage) : keyPackage;
        try {
            SigningContext context = SigningContext.compute(signingPackage, effective.verifyingKey());
            nonceStore.markUsed(own.nonceId());
            try (ConsumedNonces consumed = nonces.consume()) {
                return new SignatureShare(suite, identifier, computeShare(context, consumed, effective));
            }
        } finally {
            if (effective != keyPackage) {
                effective.destroy();
            }
        }
    }

    private static Scalar computeShare(SigningContext context, ConsumedNonces nonces, KeyPackage keyPackage) {
        Identifier identifier = keyPackage.identifier();
        boolean negate = context.negateNonces();
        Scalar hiding = negate ? nonces.hiding().negate() : nonces.hiding();
        Scalar binding = negate ? nonces.binding().negate() : nonces.binding();
        Scalar bindingTerm = binding.multiply(context.bindingFactor(identifier));
        Scalar keyTerm = context.lagrangeCoefficient(identifier)
                .multiply(keyPackage.signingShare().scalar())
                .multiply(context.challenge());
        try {
            return hiding.add(bindingTerm).add(keyTerm);
        } finally {
            bindingTerm.wipe();
            keyTerm.wipe();
            if (negate) {
                hiding.wipe();
                binding.wipe();
            }
        }
    }
}
