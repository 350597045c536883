package dev.custos.node.envelope;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.security.MessageDigest;

/**
 * What an envelope says about itself: the session, the sender, the recipient and the protocol round. Public. Its
 * encoding is signed with the payload and, for a direct envelope, is the HPKE associated data, so that no relay can
 * move a payload or a signature to another envelope.
 *
 * @param session the protocol run
 * @param from the sender's node name
 * @param to everyone, or one member
 * @param round the protocol round, 1 or more
 */
public record EnvelopeHeader(SessionId session, String from, Recipient to, int round) {
    private static final byte[] MAGIC = {'C', 'N', 'E', 'V'};
    public static final int FORMAT_VERSION = 1;

    public EnvelopeHeader {
        requireNonNull(session, "session is null");
        NodeIdentity.requireValidName(from);
        requireNonNull(to, "to is null");
        if (round < 1) {
            throw new IllegalArgumentException("the round must be 1 or more, got " + round);
        }
    }

    /**
     * The magic (ASCII {@code "CNEV"}), {@code u8} format version, {@code raw[32]} session, {@code string} from,
     * {@code u8} recipient kind (1 broadcast, 2 direct), {@code string} to (direct only), {@code u32} round.
     */
    public byte[] encode() {
        ByteWriter writer = new ByteWriter();
        writeTo(writer);
        return writer.toByteArray();
    }

    void writeTo(ByteWriter writer) {
        writer.raw(MAGIC).u8(FORMAT_VERSION).raw(session.bytes()).string(from).u8(to.kind());
        if (to instanceof Recipient.Direct direct) {
            writer.string(direct.name());
        }
        writer.u32(round);
    }

    static EnvelopeHeader readFrom(ByteReader reader) throws InvalidEncodingException {
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not an envelope (expected ASCII CNEV)");
        }
        int version = reader.u8("format version");
        if (version != FORMAT_VERSION) {
            throw reader.error("format version", version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        SessionId session = SessionId.of(reader.raw(SessionId.LENGTH, "session"));
        String from = name(reader, "from");
        int kind = reader.u8("recipient kind");
        Recipient to = switch (kind) {
            case Recipient.BROADCAST_KIND -> new Recipient.Broadcast();
            case Recipient.DIRECT_KIND -> new Recipient.Direct(name(reader, "to"));
            default -> throw reader.error("recipient kind", kind + " is neither 1 (broadcast) nor 2 (direct)");
        };
        int round = reader.u32("round");
        if (round < 1) {
            throw reader.error("round", "must be 1 or more, got 0");
        }
        return new EnvelopeHeader(session, from, to, round);
    }

    private static String name(ByteReader reader, String field) throws InvalidEncodingException {
        String name = reader.string(NodeIdentity.MAX_NAME_LENGTH, field);
        try {
            return NodeIdentity.requireValidName(name);
        } catch (IllegalArgumentException e) {
            throw reader.error(field, e);
        }
    }
}
