package dev.custos.ecdsa.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import java.util.List;
import java.util.TreeSet;

/** One party's view of a DKG run: the fresh session id, itself, the threshold t and all n parties (2 ≤ t ≤ n). */
public record DkgParameters(SessionId session, Identifier self, int threshold, List<Identifier> parties) {
    public DkgParameters {
        requireNonNull(session, "session is null");
        requireNonNull(self, "self is null");
        requireNonNull(parties, "parties is null");
        parties = List.copyOf(new TreeSet<>(parties));
        if (parties.size() < 2) {
            throw new IllegalArgumentException("need at least 2 distinct parties, got " + parties.size());
        }
        if (threshold < 2 || threshold > parties.size()) {
            throw new IllegalArgumentException("threshold must be in [2, " + parties.size() + "], got " + threshold);
        }
        if (!parties.contains(self)) {
            throw new IllegalArgumentException(self + " is not among the parties");
        }
    }

    /** Every party except this one. */
    public List<Identifier> peers() {
        return parties.stream().filter(party -> !party.equals(self)).toList();
    }
}
