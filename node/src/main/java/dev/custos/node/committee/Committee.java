package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.X25519PublicKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signer nodes that work together, as their admins decided: a version, the {@link AdminQuorum} that governs the
 * next change, and the members' identities. Public. Members are kept in ascending order of name (so one committee has
 * one encoding); names, Ed25519 keys and X25519 keys are each unique. It counts only once signed ({@link
 * SignedCommittee}) and verified ({@link CommitteeVerifier}).
 *
 * @param version 1 or more; every replacement has a higher one
 * @param admins who must sign the next committee (and this one, see {@link CommitteeVerifier})
 * @param members 1 to {@value #MAX_MEMBERS} node identities (sorted by the constructor)
 */
public record Committee(long version, AdminQuorum admins, List<NodeIdentity> members) {
    private static final byte[] MAGIC = {'C', 'N', 'C', 'M'};
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_MEMBERS = 256;

    /** Prefixes the encoding in what admins sign: ASCII "custos node committee v1" and a zero byte. */
    static final byte[] SIGNATURE_DOMAIN = "custos node committee v1\0".getBytes(StandardCharsets.US_ASCII);

    public Committee {
        if (version < 1) {
            throw new IllegalArgumentException("the committee version must be 1 or more, got " + version);
        }
        requireNonNull(admins, "admins is null");
        requireNonNull(members, "members is null");
        List<NodeIdentity> sorted = new ArrayList<>(members);
        sorted.forEach(member -> requireNonNull(member, "a member is null"));
        sorted.sort(Comparator.comparing(NodeIdentity::name));
        if (sorted.isEmpty() || sorted.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException(
                    "a committee has 1 to " + MAX_MEMBERS + " members, got " + sorted.size());
        }
        Set<String> names = new HashSet<>();
        Set<Ed25519PublicKey> signingKeys = new HashSet<>();
        Set<X25519PublicKey> encryptionKeys = new HashSet<>();
        for (NodeIdentity member : sorted) {
            if (!names.add(member.name())) {
                throw new IllegalArgumentException("two members are named '" + member.name() + "'");
            }
            if (!signingKeys.add(member.signingKey())) {
                throw new IllegalArgumentException(
                        "member '" + member.name() + "' reuses another member's Ed25519 key");
            }
            if (!encryptionKeys.add(member.encryptionKey())) {
                throw new IllegalArgumentException("member '" + member.name() + "' reuses another member's X25519 key");
            }
        }
        members = List.copyOf(sorted);
    }

    /** The member named {@code name}, if there is one. */
    public Optional<NodeIdentity> member(String name) {
        return members.stream().filter(member -> member.name().equals(name)).findFirst();
    }

    /**
     * The canonical encoding: the magic (ASCII {@code "CNCM"}), {@code u8} format version, {@code u64} version, the
     * admin quorum ({@link AdminQuorum#writeTo}), {@code u32} member count, then each member's identity body
     * ({@link NodeIdentity#writeTo}) in ascending name order.
     */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter().raw(MAGIC).u8(FORMAT_VERSION).u64(version);
        admins.writeTo(writer);
        writer.u32(members.size());
        members.forEach(member -> member.writeTo(writer));
        return writer.toByteArray();
    }

    /** What each admin signs: {@link #SIGNATURE_DOMAIN} followed by {@link #encode()}. */
    public byte[] signedMessage() {
        return new ByteWriter().raw(SIGNATURE_DOMAIN).raw(encode()).toByteArray();
    }

    /** Reads {@link #encode()}'s output strictly: canonical order, no duplicates, no trailing bytes. */
    public static Committee decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(encoded, "committee");
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a committee (expected ASCII CNCM)");
        }
        int format = reader.u8("format version");
        if (format != FORMAT_VERSION) {
            throw reader.error("format version", format + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        long version = reader.u64("version");
        AdminQuorum admins = AdminQuorum.readFrom(reader);
        int count = reader.u32("member count");
        if (count < 1 || count > MAX_MEMBERS) {
            throw reader.error("member count", count + " is not between 1 and " + MAX_MEMBERS);
        }
        List<NodeIdentity> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            NodeIdentity member = NodeIdentity.readFrom(reader);
            if (i > 0 && members.get(i - 1).name().compareTo(member.name()) >= 0) {
                throw reader.error("member " + i, "'" + member.name() + "' is not in strictly ascending name order");
            }
            members.add(member);
        }
        reader.finish();
        try {
            return new Committee(version, admins, members);
        } catch (IllegalArgumentException e) {
            throw reader.error("members", e);
        }
    }
}
