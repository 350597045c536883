package dev.custos.server.api;

import dev.custos.server.access.Caller;

/** Hears of each authenticated API call before its route runs: who called, from where, with which client. */
@FunctionalInterface
public interface CallObserver {
    /** Observes nothing. */
    CallObserver NONE = (caller, origin) -> {};

    /**
     * A call by {@code caller} from {@code origin} (the address and client the server saw). Must not throw: a failure
     * to observe never refuses a call.
     */
    void authenticated(Caller caller, ClientOrigin origin);
}
