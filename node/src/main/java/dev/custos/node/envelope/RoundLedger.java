package dev.custos.node.envelope;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * What an inbox accepted so far, per sender: the highest round, and a digest of the envelope accepted for each (round,
 * recipient kind), so that a second one is told apart as a replay (same bytes) or an equivocation (other bytes).
 */
final class RoundLedger {
    /** The answer for a new envelope. */
    enum Verdict {
        NEW,
        REPLAYED,
        EQUIVOCATION,
        OUT_OF_ORDER
    }

    private record Slot(String sender, int round, int kind) {}

    private final Map<Slot, byte[]> accepted = new HashMap<>();
    private final Map<String, Integer> highestRound = new HashMap<>();

    Verdict check(String sender, int round, int kind, byte[] envelopeDigest) {
        byte[] earlier = accepted.get(new Slot(sender, round, kind));
        if (earlier != null) {
            return MessageDigest.isEqual(earlier, envelopeDigest) ? Verdict.REPLAYED : Verdict.EQUIVOCATION;
        }
        return round < highestRound.getOrDefault(sender, 0) ? Verdict.OUT_OF_ORDER : Verdict.NEW;
    }

    void record(String sender, int round, int kind, byte[] envelopeDigest) {
        accepted.put(new Slot(sender, round, kind), envelopeDigest.clone());
        highestRound.merge(sender, round, Math::max);
    }

    /** The highest round accepted from {@code sender}, 0 if none. */
    int highestRound(String sender) {
        return highestRound.getOrDefault(sender, 0);
    }

    static byte[] digest(byte[] encoded) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(encoded);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
