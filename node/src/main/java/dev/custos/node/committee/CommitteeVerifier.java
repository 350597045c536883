package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
        check(candidate, List.of(new AdminSignatures.Named("the trusted admins", trustAnchor)));
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
        check(
                candidate,
                List.of(
                        new AdminSignatures.Named("the current admins", current.admins()),
                        new AdminSignatures.Named(
                                "the new admins", candidate.committee().admins())));
    }

    private static void check(SignedCommittee candidate, List<AdminSignatures.Named> quorums)
            throws CommitteeException {
        AdminSignatures.verify(
                "committee version " + candidate.committee().version(),
                candidate.committee().signedMessage(),
                candidate.signatures(),
                quorums);
    }
}
