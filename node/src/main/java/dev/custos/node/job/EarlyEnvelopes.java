package dev.custos.node.job;

import dev.custos.node.envelope.SessionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Envelopes that arrived before their job's start (a peer started earlier), kept until the start arrives: at most
 * {@value #MAX_SESSIONS} sessions (the oldest is dropped) of at most {@value #MAX_ENVELOPES} envelopes each. Sessions
 * that ended are remembered, so their late envelopes are dropped rather than kept. Not thread-safe: the runtime's
 * thread only.
 */
final class EarlyEnvelopes {
    static final int MAX_SESSIONS = 64;
    static final int MAX_ENVELOPES = 256;

    private final Map<SessionId, List<byte[]>> waiting = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, List<byte[]>> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    private final Map<SessionId, Boolean> ended = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, Boolean> eldest) {
            return size() > 4 * MAX_SESSIONS;
        }
    };

    void keep(SessionId session, byte[] envelope) {
        if (ended.containsKey(session)) {
            return;
        }
        List<byte[]> envelopes = waiting.computeIfAbsent(session, ignored -> new ArrayList<>());
        if (envelopes.size() < MAX_ENVELOPES) {
            envelopes.add(envelope);
        }
    }

    List<byte[]> take(SessionId session) {
        List<byte[]> envelopes = waiting.remove(session);
        return envelopes == null ? List.of() : envelopes;
    }

    void forget(SessionId session) {
        waiting.remove(session);
        ended.put(session, Boolean.TRUE);
    }
}
