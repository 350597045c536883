package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.Ed25519PublicKey;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether a signed committee may be installed. Every signature present must come from an admin of a quorum
 * being checked, at most once per admin, and must verify; then each quorum must have its threshold of distinct signers.
 * The first failure is thrown, naming the admin where there is one.
 *
 * <ul>
 *   <li>A <b>first</b> committee ({@link #verifyFirst}) must name exactly the admins of the trust anchor the operator
 *       configured, and a quorum of them must sign it.
 *   <li>A <b>replacement</b> ({@link #verifyReplacement}) must have a higher version; a quorum of the current admins
 *       must sign it (they authorize the change) and a quorum of its own admins too (they accept it, so that a change
 *       cannot hand governance to keys nobody holds).
 * </ul>
 */
public final class CommitteeVerifier {
    private CommitteeVerifier() {}

    /** Checks a first committee against the operator's {@code trustAnchor}. */
    public static void verifyFirst(SignedCommittee candidate, AdminQuorum trustAnchor) throws CommitteeException {
        requireNonNull(candidate, "candidate is null");
        requireNonNull(trustAnchor, "trustAnchor is null");
        if (!candidate.committee().admins().equals(trustAnchor)) {
            throw new CommitteeException(
                    CommitteeError.UNTRUSTED_ADMINS,
                    "committee version " + candidate.committee().version()
                            + " names other admins (or another threshold) than the trusted ones");
        }
        checkSignatures(candidate, trustAnchor, trustAnchor);
        checkQuorum(candidate, trustAnchor, "the trusted admins");
    }

    /** Checks a replacement for the installed committee {@code current}. */
    public static void verifyReplacement(SignedCommittee candidate, Committee current) throws CommitteeException {
        requireNonNull(candidate, "candidate is null");
        requireNonNull(current, "current is null");
        long version = candidate.committee().version();
        if (version <= current.version()) {
            throw new CommitteeException(
                    CommitteeError.NOT_NEWER,
                    "committee version " + version + " is not above the installed version " + current.version());
        }
        checkSignatures(candidate, current.admins(), candidate.committee().admins());
        checkQuorum(candidate, current.admins(), "the current admins");
        checkQuorum(candidate, candidate.committee().admins(), "the new admins");
    }

    private static void checkSignatures(SignedCommittee candidate, AdminQuorum first, AdminQuorum second)
            throws CommitteeException {
        byte[] message = candidate.committee().signedMessage();
        Set<Ed25519PublicKey> seen = new HashSet<>();
        for (AdminSignature signature : candidate.signatures()) {
            Ed25519PublicKey admin = signature.admin();
            if (!first.contains(admin) && !second.contains(admin)) {
                throw new CommitteeException(
                        CommitteeError.UNKNOWN_ADMIN, admin, "signature by " + admin.toHex() + ", who is not an admin");
            }
            if (!seen.add(admin)) {
                throw new CommitteeException(
                        CommitteeError.DUPLICATE_ADMIN, admin, "admin " + admin.toHex() + " signed more than once");
            }
            if (!admin.verify(message, signature.signature())) {
                throw new CommitteeException(
                        CommitteeError.BAD_SIGNATURE,
                        admin,
                        "the signature of admin " + admin.toHex() + " does not verify over committee version "
                                + candidate.committee().version());
            }
        }
    }

    private static void checkQuorum(SignedCommittee candidate, AdminQuorum quorum, String who)
            throws CommitteeException {
        long signers = candidate.signatures().stream()
                .filter(signature -> quorum.contains(signature.admin()))
                .count();
        if (signers < quorum.threshold()) {
            throw new CommitteeException(
                    CommitteeError.NOT_ENOUGH_SIGNATURES,
                    who + " need " + quorum.threshold() + " of "
                            + quorum.admins().size() + " signatures, " + signers + " signed committee version "
                            + candidate.committee().version());
        }
    }
}
