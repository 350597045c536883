package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.committee.AdminSignatures;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ReshareOrder} with its admins' Ed25519 signatures over {@link ReshareOrder#signedMessage()}. It counts only
 * if the signatures make a quorum of the node's committee admins ({@link #verify}), by the rule committees and
 * policies follow ({@link AdminSignatures}).
 *
 * @param order the order
 * @param signatures 1 to {@value #MAX_SIGNATURES} admin signatures, in the order given
 */
public record SignedReshareOrder(ReshareOrder order, List<AdminSignature> signatures) {
    private static final byte[] MAGIC = {'C', 'N', 'S', 'R'};
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_SIGNATURES = 2 * AdminQuorum.MAX_ADMINS;
    private static final int MAX_ORDER_LENGTH = 64 * 1024;

    public SignedReshareOrder {
        requireNonNull(order, "order is null");
        requireNonNull(signatures, "signatures is null");
        signatures.forEach(signature -> requireNonNull(signature, "a signature is null"));
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException(
                    "a signed reshare order has 1 to " + MAX_SIGNATURES + " signatures, got " + signatures.size());
        }
        signatures = List.copyOf(signatures);
    }

    /** {@code order} signed by each of {@code admins}. */
    public static SignedReshareOrder sign(ReshareOrder order, List<SigningKey> admins) {
        byte[] message = order.signedMessage();
        return new SignedReshareOrder(
                order,
                admins.stream()
                        .map(admin -> new AdminSignature(admin.publicKey(), admin.sign(message)))
                        .toList());
    }

    /** This order with {@code admin}'s signature added. */
    public SignedReshareOrder with(SigningKey admin) {
        List<AdminSignature> more = new ArrayList<>(signatures);
        more.add(new AdminSignature(admin.publicKey(), admin.sign(order.signedMessage())));
        return new SignedReshareOrder(order, more);
    }

    /**
     * Checks that a quorum of {@code admins} signed the order, every signature by one of them, none twice, each valid.
     *
     * @throws CommitteeException naming the first failure and, where there is one, the admin
     */
    public void verify(AdminQuorum admins) throws CommitteeException {
        AdminSignatures.verify(
                "reshare order '" + order.orderId() + "'",
                order.signedMessage(),
                signatures,
                List.of(new AdminSignatures.Named("the committee's admins", admins)));
    }

    /**
     * ASCII {@code CNSR}, {@code u8} format version 1, the order's encoding as {@code bytes}, {@code u32} signature
     * count, then each signature as the admin's 32-byte key and the 64-byte signature.
     */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter();
        write(writer);
        return writer.toByteArray();
    }

    void write(ByteWriter writer) {
        writer.raw(MAGIC).u8(FORMAT_VERSION).bytes(order.encode());
        AdminSignatures.write(writer, signatures);
    }

    /** Reads {@link #encode()}'s output strictly. */
    public static SignedReshareOrder decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(requireNonNull(encoded, "encoded is null"), "signed reshare order");
        SignedReshareOrder signed = read(reader);
        reader.finish();
        return signed;
    }

    static SignedReshareOrder read(ByteReader reader) throws InvalidEncodingException {
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a signed reshare order (expected ASCII CNSR)");
        }
        int version = reader.u8("format version");
        if (version != FORMAT_VERSION) {
            throw reader.error("format version", version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        ReshareOrder order = ReshareOrder.decode(reader.bytes(MAX_ORDER_LENGTH, "order"));
        List<AdminSignature> signatures = AdminSignatures.read(reader, MAX_SIGNATURES);
        return new SignedReshareOrder(order, signatures);
    }
}
