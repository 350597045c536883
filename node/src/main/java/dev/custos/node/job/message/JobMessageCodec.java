package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The binary encoding of {@link JobMessage}s, version 1 (docs/NODES.md, "Job messages"): ASCII {@code CNJM}, {@code u8}
 * format version, {@code u8} message type, then the type's fields in the node's wire format. Decoding is strict: a
 * truncated or oversized field, an unknown type or code, a constraint a record's constructor rejects, or trailing
 * bytes raise an {@link InvalidEncodingException} that names the field.
 */
public final class JobMessageCodec {
    private static final byte[] MAGIC = {'C', 'N', 'J', 'M'};
    public static final int FORMAT_VERSION = 1;

    private JobMessageCodec() {}

    /** The encoding of {@code message}. */
    public static byte[] encode(JobMessage message) {
        requireNonNull(message, "message is null");
        ByteWriter writer = new ByteWriter().raw(MAGIC).u8(FORMAT_VERSION).u8(message.type());
        switch (message) {
            case JobMessage.JobStart start -> writeStart(writer, start);
            case JobMessage.Relay relay -> writer.bytes(relay.envelope());
            case JobMessage.JobResult result -> {
                writer.string(result.job().value()).raw(result.session().bytes());
                OutcomeCodec.write(writer, result.outcome());
            }
            case JobMessage.SigningPackageDelivery delivery ->
                writer.string(delivery.job().value())
                        .raw(delivery.session().bytes())
                        .bytes(delivery.signingPackage());
            case JobMessage.JobAbort abort ->
                writer.string(abort.job().value()).raw(abort.session().bytes()).string(abort.reason());
        }
        return writer.toByteArray();
    }

    /** Reads {@link #encode}'s output strictly. */
    public static JobMessage decode(byte[] encoded) throws InvalidEncodingException {
        ByteReader reader = new ByteReader(requireNonNull(encoded, "encoded is null"), "job message");
        if (!MessageDigest.isEqual(reader.raw(MAGIC.length, "magic"), MAGIC)) {
            throw reader.error("magic", "not a job message (expected ASCII CNJM)");
        }
        int version = reader.u8("format version");
        if (version != FORMAT_VERSION) {
            throw reader.error("format version", version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        int type = reader.u8("type");
        JobMessage message;
        try {
            message = switch (type) {
                case JobMessage.JobStart.TYPE -> readStart(reader);
                case JobMessage.Relay.TYPE ->
                    new JobMessage.Relay(reader.bytes(JobMessage.Relay.MAX_LENGTH, "envelope"));
                case JobMessage.JobResult.TYPE ->
                    new JobMessage.JobResult(job(reader), session(reader, "session"), OutcomeCodec.read(reader));
                case JobMessage.SigningPackageDelivery.TYPE ->
                    new JobMessage.SigningPackageDelivery(
                            job(reader),
                            session(reader, "session"),
                            reader.bytes(Outcome.MAX_DATA_LENGTH + 65536, "signing package"));
                case JobMessage.JobAbort.TYPE ->
                    new JobMessage.JobAbort(
                            job(reader),
                            session(reader, "session"),
                            reader.string(4 * Outcome.MAX_REASON_LENGTH, "reason"));
                default -> throw reader.error("type", type + " is not a job message type (1 to 5)");
            };
        } catch (IllegalArgumentException e) {
            throw reader.error("message", e.getMessage());
        }
        reader.finish();
        return message;
    }

    private static void writeStart(ByteWriter writer, JobMessage.JobStart start) {
        writer.string(start.job().value())
                .raw(start.session().bytes())
                .string(start.scheme().wireName())
                .string(start.wallet().value())
                .u32(start.participants().size());
        start.participants().forEach(writer::string);
        writer.u32(start.threshold()).u8(start.spec().kind());
        if (start.spec() instanceof JobSpec.Sign sign) {
            writeSignRequest(writer, sign.request());
        }
    }

    private static JobMessage.JobStart readStart(ByteReader reader) throws InvalidEncodingException {
        JobId job = job(reader);
        SessionId session = session(reader, "session");
        String schemeName = reader.string(32, "scheme");
        Scheme scheme = Scheme.byName(schemeName)
                .orElseThrow(() -> reader.error("scheme", "'" + schemeName + "' is not a known scheme"));
        String walletName = reader.string(WalletId.MAX_LENGTH, "wallet");
        WalletId wallet = checked(reader, "wallet", () -> new WalletId(walletName));
        int count = reader.u32("participant count");
        if (count < 2 || count > JobMessage.JobStart.MAX_PARTICIPANTS) {
            throw reader.error(
                    "participant count", count + " is not in [2, " + JobMessage.JobStart.MAX_PARTICIPANTS + "]");
        }
        List<String> participants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = reader.string(NodeIdentity.MAX_NAME_LENGTH, "participant");
            participants.add(checked(reader, "participant", () -> NodeIdentity.requireValidName(name)));
        }
        int threshold = reader.u32("threshold");
        int kind = reader.u8("kind");
        JobSpec spec = switch (kind) {
            case JobSpec.KeyGeneration.KIND -> new JobSpec.KeyGeneration();
            case JobSpec.Presign.KIND -> new JobSpec.Presign();
            case JobSpec.Sign.KIND -> new JobSpec.Sign(readSignRequest(reader));
            default -> throw reader.error("kind", kind + " is not a job kind (1 to 3)");
        };
        return new JobMessage.JobStart(job, session, scheme, wallet, participants, threshold, spec);
    }

    private static void writeSignRequest(ByteWriter writer, SignRequest request) {
        writer.u8(request.payload().type().code()).bytes(request.payload().bytes());
        writer.u32(request.approvals().size());
        request.approvals().forEach(writer::bytes);
        writer.u8(request.verdict().isPresent() ? 1 : 0);
        request.verdict().ifPresent(writer::bytes);
        writer.u8(request.presignature().isPresent() ? 1 : 0);
        request.presignature().ifPresent(session -> writer.raw(session.bytes()));
    }

    private static SignRequest readSignRequest(ByteReader reader) throws InvalidEncodingException {
        int typeCode = reader.u8("payload type");
        PayloadType type = PayloadType.byCode(typeCode)
                .orElseThrow(() -> reader.error("payload type", typeCode + " is not a payload type"));
        TypedPayload payload = new TypedPayload(type, reader.bytes(TypedPayload.MAX_LENGTH, "payload"));
        int count = reader.u32("approval count");
        if (count > SignRequest.MAX_APPROVALS) {
            throw reader.error("approval count", count + " is above " + SignRequest.MAX_APPROVALS);
        }
        List<byte[]> approvals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            approvals.add(reader.bytes(SignRequest.MAX_APPROVAL_LENGTH, "approval"));
        }
        Optional<byte[]> verdict = flag(reader, "verdict present")
                ? Optional.of(reader.bytes(SignRequest.MAX_VERDICT_LENGTH, "verdict"))
                : Optional.empty();
        Optional<SessionId> presignature =
                flag(reader, "presignature present") ? Optional.of(session(reader, "presignature")) : Optional.empty();
        return new SignRequest(payload, approvals, verdict, presignature);
    }

    static boolean flag(ByteReader reader, String field) throws InvalidEncodingException {
        int value = reader.u8(field);
        if (value > 1) {
            throw reader.error(field, value + " is neither 0 nor 1");
        }
        return value == 1;
    }

    static JobId job(ByteReader reader) throws InvalidEncodingException {
        String value = reader.string(JobId.MAX_LENGTH, "job");
        return checked(reader, "job", () -> new JobId(value));
    }

    static SessionId session(ByteReader reader, String field) throws InvalidEncodingException {
        return SessionId.of(reader.raw(SessionId.LENGTH, field));
    }

    interface Construction<T> {
        T build();
    }

    /** Runs a constructor on values just read, turning its rejection into an error that names {@code field}. */
    static <T> T checked(ByteReader reader, String field, Construction<T> construction)
            throws InvalidEncodingException {
        try {
            return construction.build();
        } catch (IllegalArgumentException e) {
            throw reader.error(field, e.getMessage());
        }
    }
}
