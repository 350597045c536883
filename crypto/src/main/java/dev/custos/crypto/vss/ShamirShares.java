package dev.custos.crypto.vss;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The output of {@link ShamirSharing#split}: one secret share per identifier, in the order the identifiers were given,
 * and the public Feldman commitment every share verifies against. {@link #destroy()} destroys all shares.
 */
public final class ShamirShares implements Destroyable {
    private final Map<Scalar, SecretScalar> shares;
    private final FeldmanCommitment commitment;

    ShamirShares(Map<Scalar, SecretScalar> shares, FeldmanCommitment commitment) {
        this.shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        this.commitment = Objects.requireNonNull(commitment, "commitment is null");
    }

    /** Identifier to share, in the order of the identifiers passed to {@link ShamirSharing#split}; unmodifiable. */
    public Map<Scalar, SecretScalar> shares() {
        return shares;
    }

    /**
     * The share of {@code id}.
     *
     * @throws IllegalArgumentException if {@code id} received no share
     */
    public SecretScalar share(Scalar id) {
        SecretScalar share = shares.get(Objects.requireNonNull(id, "id is null"));
        if (share == null) {
            throw new IllegalArgumentException("no share for identifier " + id.toBigInteger());
        }
        return share;
    }

    public FeldmanCommitment commitment() {
        return commitment;
    }

    @Override
    public void destroy() {
        shares.values().forEach(SecretScalar::destroy);
    }

    @Override
    public boolean isDestroyed() {
        return shares.values().stream().allMatch(SecretScalar::isDestroyed);
    }

    @Override
    public String toString() {
        return "ShamirShares[shares=" + shares.size() + ", threshold=" + commitment.threshold() + ", <redacted>]";
    }
}
