package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.transcript.Transcript;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.LifecycleChecks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The public configuration of one DKG run, on which all participants must agree before it starts: ciphersuite, session
 * id, threshold {@code minSigners}, the participant identifiers (their number is the maximum number of signers) and the proof
 * binding.
 *
 * @param participants distinct identifiers of all participants, at least 2; stored sorted
 */
public record DkgParameters(
        Ciphersuite suite, SessionId sessionId, int minSigners, List<Identifier> participants, ProofBinding binding) {
    public DkgParameters {
        requireNonNull(suite, "suite is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(binding, "binding is null");
        participants = LifecycleChecks.sortedDistinct(suite, participants, "participants");
        if (participants.size() < 2) {
            throw new IllegalArgumentException("a DKG needs at least 2 participants, got " + participants.size());
        }
        if (minSigners < 2 || minSigners > participants.size()) {
            throw new IllegalArgumentException(
                    "minSigners must be in [2, " + participants.size() + "], got " + minSigners);
        }
    }

    /** Custos defaults: participants {@code 1..maxSigners} and {@link ProofBinding#CUSTOS_SESSION}. */
    public static DkgParameters of(Ciphersuite suite, SessionId sessionId, int minSigners, int maxSigners) {
        requireNonNull(suite, "suite is null");
        if (maxSigners < 2 || maxSigners > Identifier.MAX_INTEGER) {
            throw new IllegalArgumentException(
                    "maxSigners must be in [2, " + Identifier.MAX_INTEGER + "], got " + maxSigners);
        }
        List<Identifier> participants = new ArrayList<>(maxSigners);
        for (int i = 1; i <= maxSigners; i++) {
            participants.add(Identifier.of(suite, i));
        }
        return new DkgParameters(suite, sessionId, minSigners, participants, ProofBinding.CUSTOS_SESSION);
    }

    public int maxSigners() {
        return participants.size();
    }

    /** Whether {@code identifier} takes part in this run. */
    public boolean isParticipant(Identifier identifier) {
        return Collections.binarySearch(participants, requireNonNull(identifier, "identifier is null")) >= 0;
    }

    /**
     * The 64-byte context digest bound into the proofs of knowledge in {@link ProofBinding#CUSTOS_SESSION} mode: a
     * transcript ({@code custos/frost/dkg/pok-context/v1}) of the ciphersuite context string, session id, {@code
     * minSigners} and the sorted participant identifiers.
     */
    public byte[] contextDigest() {
        Transcript transcript = Transcript.start("custos/frost/dkg/pok-context/v1")
                .append("ciphersuite", suite.contextString().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .append("session", sessionId.toBytes())
                .append("min-signers", minSigners)
                .append("participant-count", participants.size());
        for (Identifier participant : participants) {
            transcript.append("participant", participant.value());
        }
        return transcript.digest();
    }
}
