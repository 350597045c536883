package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import dev.custos.policy.request.ApprovalProof;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The binary encoding of {@link JobMessage}s, version 3 (docs/NODES.md, "Job messages"): ASCII {@code CNJM}, {@code u8}
 * format version, {@code u8} message type, then the type's fields in the node's wire format. Decoding is strict: a
 * truncated or oversized field, an unknown type or code, a constraint a record's constructor rejects, or trailing
 * bytes raise an {@link InvalidEncodingException} that names the field.
 */
public final class JobMessageCodec {
    private static final byte[] MAGIC = {'C', 'N', 'J', 'M'};
    public static final int FORMAT_VERSION = 3;

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
            case JobMessage.PolicyDelivery delivery ->
                writer.string(delivery.delivery().value()).bytes(delivery.signedPolicy());
            case JobMessage.PolicyReport report ->
                writer.string(report.delivery().value())
                        .u8(report.status().code())
                        .u64(report.installedVersion())
                        .string(report.reason());
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
                case JobMessage.PolicyDelivery.TYPE ->
                    new JobMessage.PolicyDelivery(
                            job(reader), reader.bytes(JobMessage.PolicyDelivery.MAX_LENGTH, "signed policy"));
                case JobMessage.PolicyReport.TYPE -> readPolicyReport(reader);
                default -> throw reader.error("type", type + " is not a job message type (1 to 7)");
            };
        } catch (IllegalArgumentException e) {
            throw reader.error("message", e.getMessage());
        }
        reader.finish();
        return message;
    }

    private static JobMessage.PolicyReport readPolicyReport(ByteReader reader) throws InvalidEncodingException {
        JobId delivery = job(reader);
        int code = reader.u8("status");
        PolicyStatus status = PolicyStatus.byCode(code)
                .orElseThrow(() -> reader.error("status", code + " is not a policy status (1 to 3)"));
        long version = reader.u64("installed version");
        String reason = reader.string(4 * Outcome.MAX_REASON_LENGTH, "reason");
        return checked(reader, "policy report", () -> new JobMessage.PolicyReport(delivery, status, version, reason));
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
        if (start.spec() instanceof JobSpec.Reshare reshare) {
            reshare.order().write(writer);
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
            case JobSpec.Refresh.KIND -> new JobSpec.Refresh();
            case JobSpec.Reshare.KIND -> new JobSpec.Reshare(SignedReshareOrder.read(reader));
            default -> throw reader.error("kind", kind + " is not a job kind (1 to 5)");
        };
        return new JobMessage.JobStart(job, session, scheme, wallet, participants, threshold, spec);
    }

    private static void writeSignRequest(ByteWriter writer, SignRequest request) {
        writer.u8(request.payload().type().code()).bytes(request.payload().bytes());
        writer.string(request.requestId()).string(request.initiator());
        writer.u32(request.approvals().size());
        for (Approval approval : request.approvals()) {
            writer.string(approval.approver())
                    .u64(approval.policyVersion())
                    .u64(approval.expiresAt().getEpochSecond());
            ApprovalProofCodec.write(writer, approval.proof());
        }
        writer.u8(request.verdict().isPresent() ? 1 : 0);
        request.verdict().ifPresent(verdict -> writeVerdict(writer, verdict));
        writer.u8(request.presignature().isPresent() ? 1 : 0);
        request.presignature().ifPresent(session -> writer.raw(session.bytes()));
    }

    private static void writeVerdict(ByteWriter writer, DetectionVerdict verdict) {
        writer.raw(verdict.requestDigest())
                .u8(verdict.score())
                .u32(verdict.reasons().size());
        verdict.reasons().forEach(writer::string);
        writer.u64(verdict.issuedAt().getEpochSecond())
                .u64(verdict.expiresAt().getEpochSecond())
                .raw(verdict.signature());
    }

    private static SignRequest readSignRequest(ByteReader reader) throws InvalidEncodingException {
        int typeCode = reader.u8("payload type");
        PayloadType type = PayloadType.byCode(typeCode)
                .orElseThrow(() -> reader.error("payload type", typeCode + " is not a payload type"));
        TypedPayload payload = new TypedPayload(type, reader.bytes(TypedPayload.MAX_LENGTH, "payload"));
        String requestId = reader.string(4 * SignRequest.MAX_ID_LENGTH, "request id");
        String initiator = reader.string(4 * SignRequest.MAX_ID_LENGTH, "initiator");
        int count = reader.u32("approval count");
        if (count > SignRequest.MAX_APPROVALS) {
            throw reader.error("approval count", count + " is above " + SignRequest.MAX_APPROVALS);
        }
        List<Approval> approvals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            approvals.add(readApproval(reader, "approval " + i));
        }
        Optional<DetectionVerdict> verdict =
                flag(reader, "verdict present") ? Optional.of(readVerdict(reader)) : Optional.empty();
        Optional<SessionId> presignature =
                flag(reader, "presignature present") ? Optional.of(session(reader, "presignature")) : Optional.empty();
        return checked(
                reader,
                "sign request",
                () -> new SignRequest(payload, requestId, initiator, approvals, verdict, presignature));
    }

    private static Approval readApproval(ByteReader reader, String field) throws InvalidEncodingException {
        String approver = reader.string(4 * Approval.MAX_NAME_LENGTH, field + " approver");
        long version = reader.u64(field + " policy version");
        long expires = reader.u64(field + " expires at");
        ApprovalProof proof = ApprovalProofCodec.read(reader, field);
        return checked(reader, field, () -> new Approval(approver, version, Instant.ofEpochSecond(expires), proof));
    }

    private static DetectionVerdict readVerdict(ByteReader reader) throws InvalidEncodingException {
        byte[] digest = reader.raw(DetectionVerdict.DIGEST_LENGTH, "verdict request digest");
        int score = reader.u8("verdict score");
        int count = reader.u32("verdict reason count");
        if (count > DetectionVerdict.MAX_REASONS) {
            throw reader.error("verdict reason count", count + " is above " + DetectionVerdict.MAX_REASONS);
        }
        List<String> reasons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reasons.add(reader.string(4 * DetectionVerdict.MAX_REASON_LENGTH, "verdict reason " + i));
        }
        long issued = reader.u64("verdict issued at");
        long expires = reader.u64("verdict expires at");
        byte[] signature = reader.raw(DetectionVerdict.SIGNATURE_LENGTH, "verdict signature");
        return checked(
                reader,
                "verdict",
                () -> new DetectionVerdict(
                        digest,
                        score,
                        reasons,
                        Instant.ofEpochSecond(issued),
                        Instant.ofEpochSecond(expires),
                        signature));
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
        } catch (IllegalArgumentException | DateTimeException e) {
            throw reader.error(field, e.getMessage());
        }
    }
}
