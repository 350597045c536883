package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.Ed25519PublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The quorum rule for anything admins sign (a committee, a policy): every signature present must come from an admin of
 * one of the quorums being checked, at most once per admin, and must verify over the message; then each quorum must
 * have its threshold of distinct signers. The first failure is thrown, naming the admin where there is one.
 */
public final class AdminSignatures {
    private AdminSignatures() {}

    /**
     * Checks {@code signatures} over {@code message} against every quorum in {@code quorums}.
     *
     * @param subject what was signed, for messages ("committee version 3", "policy version 7")
     * @param quorums each with the name messages use for it ("the current admins")
     */
    public static void verify(String subject, byte[] message, List<AdminSignature> signatures, List<Named> quorums)
            throws CommitteeException {
        requireNonNull(subject, "subject is null");
        requireNonNull(message, "message is null");
        Set<Ed25519PublicKey> seen = new HashSet<>();
        for (AdminSignature signature : signatures) {
            Ed25519PublicKey admin = signature.admin();
            if (quorums.stream().noneMatch(named -> named.quorum().contains(admin))) {
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
                        "the signature of admin " + admin.toHex() + " does not verify over " + subject);
            }
        }
        for (Named named : quorums) {
            long signers = signatures.stream()
                    .filter(signature -> named.quorum().contains(signature.admin()))
                    .count();
            if (signers < named.quorum().threshold()) {
                throw new CommitteeException(
                        CommitteeError.NOT_ENOUGH_SIGNATURES,
                        named.name() + " need " + named.quorum().threshold() + " of "
                                + named.quorum().admins().size() + " signatures, " + signers + " signed " + subject);
            }
        }
    }

    /** A quorum with the name that messages use for it. */
    public record Named(String name, AdminQuorum quorum) {
        public Named {
            requireNonNull(name, "name is null");
            requireNonNull(quorum, "quorum is null");
        }
    }
}
