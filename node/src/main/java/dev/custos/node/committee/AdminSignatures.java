package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.util.ArrayList;
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

    /**
     * Writes {@code signatures} as every signed admin document encodes them: a {@code u32} count, then each as the
     * admin's 32-byte key and the 64-byte signature.
     */
    public static void write(ByteWriter writer, List<AdminSignature> signatures) {
        writer.u32(signatures.size());
        signatures.forEach(signature -> writer.raw(signature.admin().bytes()).raw(signature.signature()));
    }

    /**
     * Reads what {@link #write} wrote, strictly: 1 to {@code max} signatures, each admin a valid Ed25519 key; a
     * failure names the signature.
     */
    public static List<AdminSignature> read(ByteReader reader, int max) throws InvalidEncodingException {
        int count = reader.u32("signature count");
        if (count < 1 || count > max) {
            throw reader.error("signature count", count + " is not between 1 and " + max);
        }
        List<AdminSignature> signatures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] admin = reader.raw(Ed25519PublicKey.LENGTH, "signature " + i + " admin");
            byte[] signature = reader.raw(Ed25519PublicKey.SIGNATURE_LENGTH, "signature " + i);
            try {
                signatures.add(new AdminSignature(Ed25519PublicKey.of(admin), signature));
            } catch (InvalidEncodingException e) {
                throw reader.error("signature " + i + " admin", e);
            }
        }
        return signatures;
    }

    /** A quorum with the name that messages use for it. */
    public record Named(String name, AdminQuorum quorum) {
        public Named {
            requireNonNull(name, "name is null");
            requireNonNull(quorum, "quorum is null");
        }
    }
}
