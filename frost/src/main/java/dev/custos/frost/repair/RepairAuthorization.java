package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Identifier;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The authorized request a share repair runs under: a 32-byte digest of the signed repair request, the participant it
 * repairs and the helpers it names. {@link RepairParameters} takes its participant and helpers from here, and every
 * repair message is bound to it ({@link RepairParameters#boundSessionId()}), so the deltas and sigmas a helper produces
 * are only accepted in a repair of that participant, by those helpers, under that request.
 *
 * <p><b>This library does not verify the request.</b> A repair hands the repaired share {@code s_r} to whoever
 * receives the sigmas addressed to {@code r}: a coordinator that could start repairs at will could collect {@code t}
 * shares by "repairing" {@code t} participants. So each helper (and the repaired participant) MUST build this value only
 * from a repair request it has verified itself (signed by the group's authorizing quorum, naming this group key, the
 * participant, the helpers, and a request id it has not served before) and compute {@link #requestDigest()} over that
 * request's canonical encoding. The sigmas MUST travel over a confidential channel that authenticates the repaired
 * participant as the recipient; nothing here can check who actually receives them.
 *
 * @param requestDigest 32 bytes identifying the verified request (e.g. SHA-256 of its signed encoding); copied
 * @param lostParticipant the participant whose share the request repairs; not a helper
 * @param helpers the distinct helpers the request names, all of one field; stored sorted
 */
public record RepairAuthorization(byte[] requestDigest, Identifier lostParticipant, List<Identifier> helpers) {
    public static final int DIGEST_LENGTH = 32;

    public RepairAuthorization {
        requireNonNull(requestDigest, "requestDigest is null");
        requireNonNull(lostParticipant, "lostParticipant is null");
        requireNonNull(helpers, "helpers is null");
        if (requestDigest.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException(
                    "requestDigest must be " + DIGEST_LENGTH + " bytes, got " + requestDigest.length);
        }
        requestDigest = requestDigest.clone();
        List<Identifier> sorted = new ArrayList<>(helpers.size());
        for (Identifier helper : helpers) {
            requireNonNull(helper, "helpers contains null");
            if (helper.value().field() != lostParticipant.value().field()) {
                throw new IllegalArgumentException("helper " + helper + " is from another field");
            }
            sorted.add(helper);
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("helpers contains " + sorted.get(i) + " twice");
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("helpers is empty");
        }
        if (sorted.contains(lostParticipant)) {
            throw new IllegalArgumentException(lostParticipant + " cannot help repair its own share");
        }
        helpers = List.copyOf(sorted);
    }

    /** A copy of the request digest. */
    @Override
    public byte[] requestDigest() {
        return requestDigest.clone();
    }

    /** Whether the request names {@code identifier} as a helper. */
    public boolean namesHelper(Identifier identifier) {
        return Collections.binarySearch(helpers, requireNonNull(identifier, "identifier is null")) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepairAuthorization other
                && MessageDigest.isEqual(requestDigest, other.requestDigest)
                && lostParticipant.equals(other.lostParticipant)
                && helpers.equals(other.helpers);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(requestDigest) + lostParticipant.hashCode()) + helpers.hashCode();
    }

    @Override
    public String toString() {
        return "RepairAuthorization[" + HexFormat.of().formatHex(requestDigest) + ", repair " + lostParticipant + " by "
                + helpers + "]";
    }
}
