package dev.custos.node.job.message;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.util.Optional;

/** The {@link Outcome} part of a job result: {@code u8} code, then the outcome's fields. */
final class OutcomeCodec {
    private OutcomeCodec() {}

    static void write(ByteWriter writer, Outcome outcome) {
        writer.u8(outcome.code());
        switch (outcome) {
            case Outcome.KeyGenerated generated -> writer.bytes(generated.publicData());
            case Outcome.Presigned presigned ->
                writer.raw(presigned.presignature().bytes()).raw(presigned.nonce());
            case Outcome.Commitments commitments -> writer.bytes(commitments.commitments());
            case Outcome.SignatureShare share -> writer.bytes(share.share());
            case Outcome.Failed failed -> {
                writer.u8(failed.kind().code()).u8(failed.culprit().isPresent() ? 1 : 0);
                failed.culprit().ifPresent(writer::string);
                writer.string(failed.reason());
            }
        }
    }

    static Outcome read(ByteReader reader) throws InvalidEncodingException {
        int code = reader.u8("outcome");
        return switch (code) {
            case Outcome.KeyGenerated.CODE ->
                new Outcome.KeyGenerated(reader.bytes(Outcome.MAX_DATA_LENGTH, "public data"));
            case Outcome.Presigned.CODE ->
                new Outcome.Presigned(
                        JobMessageCodec.session(reader, "presignature"),
                        reader.raw(Outcome.Presigned.NONCE_LENGTH, "nonce"));
            case Outcome.Commitments.CODE ->
                new Outcome.Commitments(reader.bytes(Outcome.MAX_DATA_LENGTH, "commitments"));
            case Outcome.SignatureShare.CODE ->
                new Outcome.SignatureShare(reader.bytes(Outcome.MAX_DATA_LENGTH, "share"));
            case Outcome.Failed.CODE -> readFailed(reader);
            default -> throw reader.error("outcome", code + " is not an outcome code (1 to 5)");
        };
    }

    private static Outcome.Failed readFailed(ByteReader reader) throws InvalidEncodingException {
        int kindCode = reader.u8("failure kind");
        FailureKind kind = FailureKind.byCode(kindCode)
                .orElseThrow(() -> reader.error("failure kind", kindCode + " is not a failure kind"));
        Optional<String> culprit = Optional.empty();
        if (JobMessageCodec.flag(reader, "culprit present")) {
            String name = reader.string(NodeIdentity.MAX_NAME_LENGTH, "culprit");
            culprit =
                    Optional.of(JobMessageCodec.checked(reader, "culprit", () -> NodeIdentity.requireValidName(name)));
        }
        String reason = reader.string(4 * Outcome.MAX_REASON_LENGTH, "reason");
        Optional<String> named = culprit;
        return JobMessageCodec.checked(reader, "reason", () -> new Outcome.Failed(kind, named, reason));
    }
}
