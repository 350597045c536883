package dev.custos.server.api;

import dev.custos.server.access.Caller;
import java.util.Optional;

/** Hears of each authenticated API call before its route runs: who called, from where, with which client. */
@FunctionalInterface
public interface CallObserver {
    /** Observes nothing. */
    CallObserver NONE = (caller, sourceIp, userAgent) -> {};

    /**
     * A call by {@code caller} from {@code sourceIp} (the address the server saw) with {@code userAgent}. Must not
     * throw: a failure to observe never refuses a call.
     */
    void authenticated(Caller caller, String sourceIp, Optional<String> userAgent);
}
