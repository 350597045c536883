package dev.custos.crypto.vss;

import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Trusted-dealer Shamir secret sharing with a Feldman commitment, for t-of-n sharing of a scalar. */
public final class ShamirSharing {
    private ShamirSharing() {}

    /**
     * Splits {@code secret} into one share per identifier, any {@code threshold} of which reconstruct it (see
     * {@link Lagrange#interpolateAtZero}), and commits to the sharing polynomial in {@code group}. The caller keeps
     * ownership of {@code secret}; the random polynomial is wiped before returning.
     *
     * @throws IllegalArgumentException unless {@code 1 <= threshold <= ids.size()}, and the ids are distinct, non-zero
     *     and in the group's scalar field
     */
    public static ShamirShares split(Group group, Scalar secret, int threshold, List<Scalar> ids, SecureRandom random) {
        Objects.requireNonNull(group, "group is null");
        Objects.requireNonNull(secret, "secret is null");
        Objects.requireNonNull(ids, "ids is null");
        Objects.requireNonNull(random, "random is null");
        if (secret.field() != group.scalarField()) {
            throw new IllegalArgumentException(
                    "secret is from " + secret.field() + ", group " + group.name() + " uses " + group.scalarField());
        }
        if (threshold < 1 || threshold > ids.size()) {
            throw new IllegalArgumentException(
                    "threshold must be between 1 and the number of ids (" + ids.size() + "), got " + threshold);
        }
        Set<Scalar> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Scalar id = Objects.requireNonNull(ids.get(i), "id " + i + " is null");
            if (id.field() != secret.field()) {
                throw new IllegalArgumentException(
                        "id " + i + " is from " + id.field() + ", expected " + secret.field());
            }
            if (id.isZero()) {
                throw new IllegalArgumentException("id " + i + " is zero");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("id " + i + " is a duplicate (" + id.toBigInteger() + ")");
            }
        }
        Polynomial polynomial = Polynomial.withConstant(secret, threshold, random);
        try {
            Map<Scalar, SecretScalar> shares = new LinkedHashMap<>();
            for (Scalar id : ids) {
                shares.put(id, SecretScalar.of(polynomial.evaluate(id)));
            }
            return new ShamirShares(shares, polynomial.commit(group));
        } finally {
            polynomial.destroy();
        }
    }
}
