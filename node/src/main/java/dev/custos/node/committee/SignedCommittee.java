package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.security.MessageDigest;
import java.util.List;

/**
 * A committee with its admins' signatures, as it travels and as it is stored. Public. The signatures are kept as given
 * (a duplicate or a foreign one is for {@link CommitteeVerifier} to refuse, naming the admin); nothing here is checked
 * beyond the format.
 *
 * @param committee the committee
 * @param signatures 1 to {@value #MAX_SIGNATURES} admin signatures
 */
public record SignedCommittee(Committee committee, List<AdminSignature> signatures) {
    private static final byte[] MAGIC = {'C', 'N', 'S', 'C'};
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_SIGNATURES = 2 * AdminQuorum.MAX_ADMINS;
    static final int MAX_COMMITTEE_LENGTH = 1024 * 1024;

    /**
     * Tells whether bytes start as an encoded signed committee does (its magic), to tell a committee file from
     * other files before decoding it.
     *
     * @param bytes the bytes of a file
     * @return whether they start with the signed committee magic
     */
    public static boolean startsWithMagic(byte[] bytes) {
        return bytes.length >= MAGIC.length && java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    public SignedCommittee {
        requireNonNull(committee, "committee is null");
        requireNonNull(signatures, "signatures is null");
        signatures.forEach(signature -> requireNonNull(signature, "a signature is null"));
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException(
                    "a signed committee has 1 to " + MAX_SIGNATURES + " signatures, got " + signatures.size());
        }
        signatures = List.copyOf(signatures);
    }

    /** {@code committee} signed by each of {@code admins}. */
    public static SignedCommittee sign(Committee committee, List<SigningKey> admins) {
        return new SignedCommittee(
                committee,
                admins.stream()
                        .map(admin -> AdminSignature.sign(committee, admin))
                        .toList());
    }

    /**
     * The magic (ASCII {@code "CNSC"}), {@code u8} format version, the committee's encoding as {@code bytes},
     * {@code u32} signature count, then each signature as the admin's 32-byte key and the 64-byte signature.
     */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter().raw(MAGIC).u8(FORMAT_VERSION).bytes(committee.encode());
        AdminSignatures.write(writer, signatures);
        return writer.toByteArray();
    }

    /** Reads {@link #encode()}'s output strictly. */
    public static SignedCommittee decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(encoded, "signed committee");
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a signed committee (expected ASCII CNSC)");
        }
        int format = reader.u8("format version");
        if (format != FORMAT_VERSION) {
            throw reader.error("format version", format + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        Committee committee = Committee.decode(reader.bytes(MAX_COMMITTEE_LENGTH, "committee"));
        List<AdminSignature> signatures = AdminSignatures.read(reader, MAX_SIGNATURES);
        reader.finish();
        return new SignedCommittee(committee, signatures);
    }
}
