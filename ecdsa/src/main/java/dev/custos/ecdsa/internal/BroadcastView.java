package dev.custos.ecdsa.internal;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of the round-1 commitments a party received, echoed in round 2 (echo broadcast). If any party sent different
 * commitments to different recipients, the recipients' views differ and every honest party aborts; since the later
 * openings are bound to these commitments, all broadcast values then agree without a reliable broadcast channel.
 */
public final class BroadcastView {
    public static final int LENGTH = 32;

    private BroadcastView() {}

    public static byte[] digest(String protocol, SessionId session, Map<Identifier, byte[]> commitments) {
        Hasher hasher =
                Hasher.sha256(protocol + "/broadcast-view").put(session.bytes()).putInt(commitments.size());
        new TreeMap<>(commitments)
                .forEach((party, commitment) -> hasher.put(party).put(commitment));
        return hasher.digest();
    }
}
