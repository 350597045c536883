package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.keys.KeyShare;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * An old holder's part in resharing: it deals its Lagrange-weighted share {@code λ_i·p(i)} with a fresh polynomial of
 * the new threshold. The new parties check {@code C_0 = λ_i·Y_i} against the old verification share, so a dealer cannot
 * change the secret; the secret is never reconstructed. One message per new party; the dealer keeps its old share until
 * the new committee has confirmed its new one. Dealing uses only the Shamir share, never the OT seeds, whatever the
 * state of its OT pairs: that is how a refresh replaces pairs that were retired (the new committee runs new base OTs).
 */
public final class ResharingDealer {
    private ResharingDealer() {}

    public static List<ResharingShareMessage> deal(KeyShare oldKey, ResharingParameters parameters, SecureRandom random)
            throws EcdsaException {
        requireNonNull(oldKey, "oldKey is null");
        requireNonNull(parameters, "parameters is null");
        requireNonNull(random, "random is null");
        Identifier self = oldKey.self();
        if (!parameters.dealers().contains(self)) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_STATE, self + " is not a dealer of this resharing");
        }
        if (!oldKey.publicKey().equals(parameters.publicKey())) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_STATE, "the old key share belongs to another key");
        }
        List<Scalar> points =
                parameters.dealers().stream().map(Identifier::scalar).toList();
        Scalar weighted = Lagrange.coefficientAtZero(self.scalar(), points).multiply(oldKey.secretShare());
        Polynomial polynomial = Polynomial.withConstant(weighted, parameters.newThreshold(), random);
        try {
            FeldmanCommitment feldman = polynomial.commit(Secp256k1.GROUP);
            List<ResharingShareMessage> out = new ArrayList<>();
            for (Identifier party : parameters.newParties()) {
                out.add(new ResharingShareMessage(
                        parameters.session(), self, party, feldman, polynomial.evaluate(party.scalar())));
            }
            return out;
        } finally {
            polynomial.destroy();
        }
    }
}
