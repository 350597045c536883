package dev.custos.frost.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Identifier;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.security.auth.Destroyable;

/**
 * The result of running a key lifecycle protocol for all participants in one process ({@link dev.custos.frost.dkg.DkgCeremony} and the
 * refresh and reshare ceremonies): every participant's key package and the common public key package. For tests, demos
 * and single-host setups only; on signer nodes each participant runs its own state machine.
 */
public record CeremonyResult(SortedMap<Identifier, KeyPackage> keyPackages, PublicKeyPackage publicKeyPackage)
        implements Destroyable {
    public CeremonyResult {
        requireNonNull(keyPackages, "keyPackages is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        keyPackages = Collections.unmodifiableSortedMap(new TreeMap<>(keyPackages));
        if (!publicKeyPackage.verifyingShares().keySet().containsAll(keyPackages.keySet())) {
            throw new IllegalArgumentException("a key package has no verifying share in the public key package");
        }
    }

    /** Destroys every key package. */
    @Override
    public void destroy() {
        keyPackages.values().forEach(KeyPackage::destroy);
    }

    @Override
    public boolean isDestroyed() {
        return keyPackages.values().stream().allMatch(KeyPackage::isDestroyed);
    }

    @Override
    public String toString() {
        return "CeremonyResult[" + keyPackages.keySet() + ", " + publicKeyPackage.verifyingKey() + "]";
    }
}
