package dev.custos.frost.refresh;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import java.security.SecureRandom;

/**
 * Proactive share refresh without a dealer (ZF FROST {@code refresh_dkg_*}, Herzberg et al.): each participant deals a
 * random polynomial {@code z_i} of degree {@code t-1} with {@code z_i(0) = 0}; everyone adds the shares of zero it
 * receives to its old share. The group key stays the same, every verifying share changes, and old shares no longer
 * combine with new ones.
 *
 * <ol>
 *   <li>{@link #part1}: broadcast {@link RefreshRound1#round1Package()} (commitment with {@code C_0 = identity}).
 *   <li>{@link RefreshRound1#part2}: check everyone's commitment, send {@link RefreshRound2Package}s privately.
 *   <li>{@link RefreshRound2#part3}: check the received shares, output the new key package and public key package.
 * </ol>
 *
 * Once every participant has its new key package, all old key packages (and backups of them) must be destroyed: that
 * is what makes a share stolen before the refresh useless.
 */
public final class Refresh {
    private Refresh() {}

    /**
     * Round 1 for the holder of {@code keyPackage}.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_KEY_PACKAGE} if the key package does not match the public key
     *     package (group key, verifying share, threshold), {@link FrostErrorCode#UNKNOWN_IDENTIFIER} if its holder is
     *     not a participant, {@link FrostErrorCode#CIPHERSUITE_MISMATCH}
     */
    public static RefreshRound1 part1(RefreshParameters parameters, KeyPackage keyPackage, SecureRandom random)
            throws FrostException {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(keyPackage, "keyPackage is null");
        requireNonNull(random, "random is null");
        Ciphersuite suite = parameters.suite();
        requireMatches(parameters, keyPackage);
        Polynomial polynomial = Polynomial.withConstant(suite.scalarField().zero(), parameters.minSigners(), random);
        FeldmanCommitment commitment = polynomial.commit(suite.group());
        RefreshRound1Package round1Package =
                new RefreshRound1Package(suite, parameters.sessionId(), keyPackage.identifier(), commitment);
        return new RefreshRound1(parameters, keyPackage, polynomial, round1Package);
    }

    static void requireMatches(RefreshParameters parameters, KeyPackage keyPackage) throws FrostException {
        PublicKeyPackage publicKeyPackage = parameters.publicKeyPackage();
        Identifier identifier = keyPackage.identifier();
        if (keyPackage.suite() != parameters.suite()) {
            throw new FrostException(FrostErrorCode.CIPHERSUITE_MISMATCH, "key package is for another ciphersuite");
        }
        if (!parameters.participants().contains(identifier)) {
            throw new FrostException(
                    FrostErrorCode.UNKNOWN_IDENTIFIER, identifier + " is not a participant of this refresh");
        }
        if (!keyPackage.verifyingKey().equals(publicKeyPackage.verifyingKey())
                || !keyPackage.verifyingShare().equals(publicKeyPackage.verifyingShare(identifier))
                || keyPackage.minSigners() != publicKeyPackage.minSigners()) {
            throw new FrostException(
                    FrostErrorCode.INVALID_KEY_PACKAGE,
                    "key package of " + identifier + " does not match the public key package");
        }
    }
}
