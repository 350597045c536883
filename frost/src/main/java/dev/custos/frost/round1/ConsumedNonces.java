package dev.custos.frost.round1;

import dev.custos.crypto.scalar.Scalar;
import javax.security.auth.Destroyable;

/**
 * The nonces {@code (d, e)} handed out once by {@link SigningNonces#consume()}. Close it (or destroy it) as soon as the
 * signature share is computed; closing wipes the scalars.
 */
public final class ConsumedNonces implements AutoCloseable, Destroyable {
    private final Scalar hiding;
    private final Scalar binding;
    private boolean destroyed;

    ConsumedNonces(Scalar hiding, Scalar binding) {
        this.hiding = hiding;
        this.binding = binding;
    }

    public Scalar hiding() {
        check();
        return hiding;
    }

    public Scalar binding() {
        check();
        return binding;
    }

    private void check() {
        if (destroyed) {
            throw new IllegalStateException("nonces were wiped");
        }
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public void destroy() {
        destroyed = true;
        hiding.wipe();
        binding.wipe();
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "ConsumedNonces[<redacted>]";
    }
}
