package dev.custos.frost.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;

/**
 * A participant's result of a key lifecycle protocol (DKG, refresh, reshare): its secret {@link KeyPackage} (store it
 * encrypted, destroy it when done) and the group's {@link PublicKeyPackage} (public; all participants get the same one).
 */
public record LifecycleOutput(KeyPackage keyPackage, PublicKeyPackage publicKeyPackage) {
    public LifecycleOutput {
        requireNonNull(keyPackage, "keyPackage is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        if (keyPackage.suite() != publicKeyPackage.suite()) {
            throw new IllegalArgumentException("key package and public key package are for different suites");
        }
    }

    @Override
    public String toString() {
        return "LifecycleOutput[" + keyPackage + ", " + publicKeyPackage.verifyingKey() + "]";
    }
}
