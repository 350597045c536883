package dev.custos.frost.lifecycle;

import dev.custos.frost.Identifier;

/**
 * A lifecycle message for exactly one recipient that carries a secret (a share, a delta): it must travel over a
 * confidential and authenticated channel, and the holder should {@code destroy()} it after use.
 */
public interface PrivateLifecycleMessage extends LifecycleMessage, javax.security.auth.Destroyable {
    Identifier recipient();
}
