package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Identifier;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link TrustedDealer} produces: one secret share per participant (to be sent to that participant only) and the
 * public key package (to be published).
 */
public record DealerOutput(SortedMap<Identifier, SecretShare> secretShares, PublicKeyPackage publicKeyPackage) {
    public DealerOutput {
        requireNonNull(secretShares, "secretShares is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        secretShares = Collections.unmodifiableSortedMap(new TreeMap<>(secretShares));
        if (!secretShares.keySet().equals(publicKeyPackage.verifyingShares().keySet())) {
            throw new IllegalArgumentException("secret shares and verifying shares name different identifiers");
        }
    }

    @Override
    public String toString() {
        return "DealerOutput[" + secretShares.keySet() + ", " + publicKeyPackage.verifyingKey() + "]";
    }
}
