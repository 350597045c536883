package dev.custos.node.job.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.envelope.SessionId;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobMessageCodecTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SessionId SESSION = SessionId.random(RANDOM);
    private static final JobId JOB = new JobId("job-1");

    static JobMessage.JobStart signStart() {
        SignRequest request = new SignRequest(
                new TypedPayload(PayloadType.ETHEREUM_RAW_TX, new byte[] {1, 2, 3}),
                List.of(new byte[] {4}, new byte[] {5, 6}),
                Optional.of(new byte[] {7}),
                Optional.of(SessionId.random(RANDOM)));
        return new JobMessage.JobStart(
                JOB,
                SESSION,
                Scheme.ECDSA_SECP256K1,
                new WalletId("hot-1"),
                List.of("a", "b", "c"),
                2,
                new JobSpec.Sign(request));
    }

    @Test
    void everyMessageRoundTrips() throws Exception {
        List<JobMessage> messages = List.of(
                signStart(),
                new JobMessage.JobStart(
                        JOB,
                        SESSION,
                        Scheme.FROST_ED25519,
                        new WalletId("w"),
                        List.of("a", "b"),
                        2,
                        new JobSpec.KeyGeneration()),
                new JobMessage.JobStart(
                        JOB,
                        SESSION,
                        Scheme.ECDSA_SECP256K1,
                        new WalletId("w"),
                        List.of("a", "b"),
                        2,
                        new JobSpec.Presign()),
                new JobMessage.Relay(new byte[] {9, 9}),
                new JobMessage.JobResult(JOB, SESSION, new Outcome.KeyGenerated(new byte[] {1})),
                new JobMessage.JobResult(JOB, SESSION, new Outcome.Presigned(SESSION, new byte[33])),
                new JobMessage.JobResult(JOB, SESSION, new Outcome.Commitments(new byte[] {2})),
                new JobMessage.JobResult(JOB, SESSION, new Outcome.SignatureShare(new byte[] {3})),
                new JobMessage.JobResult(
                        JOB,
                        SESSION,
                        new Outcome.Failed(FailureKind.PROTOCOL, Optional.of("node-b"), "it equivocated")),
                new JobMessage.JobResult(JOB, SESSION, new Outcome.Failed(FailureKind.ABORTED, Optional.empty(), "x")),
                new JobMessage.SigningPackageDelivery(JOB, SESSION, new byte[] {4}),
                new JobMessage.JobAbort(JOB, SESSION, "timed out"));
        for (JobMessage message : messages) {
            byte[] encoded = JobMessageCodec.encode(message);
            assertThat(JobMessageCodec.decode(encoded)).isEqualTo(message);
            assertThat(JobMessageCodec.encode(JobMessageCodec.decode(encoded))).isEqualTo(encoded);
        }
    }

    @Test
    void everyTruncationAndTrailingByteIsRejected() {
        byte[] encoded = JobMessageCodec.encode(signStart());
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> JobMessageCodec.decode(truncated)).isInstanceOf(InvalidEncodingException.class);
        }
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
        assertThatThrownBy(() -> JobMessageCodec.decode(longer))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("trailing");
    }

    @Test
    void errorsNameTheBadField() {
        byte[] encoded = JobMessageCodec.encode(signStart());
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, 0, 'X'))).hasMessageContaining("'magic'");
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, 4, 2))).hasMessageContaining("'format version'");
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, 5, 9))).hasMessageContaining("'type'");
        // the job id "job-1" starts at offset 10; a space is not allowed in a job id
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, 10, ' '))).hasMessageContaining("'job'");
        byte[] scheme = replace(encoded, "ecdsa-secp256k1", "ecdsa-secp256r1");
        assertThatThrownBy(() -> JobMessageCodec.decode(scheme)).hasMessageContaining("'scheme'");
        byte[] unsorted = replace(encoded, "\0\0\0\1a\0\0\0\1b", "\0\0\0\1b\0\0\0\1a");
        assertThatThrownBy(() -> JobMessageCodec.decode(unsorted)).hasMessageContaining("sorted and distinct");
    }

    @Test
    void constructorsRejectInconsistentJobs() {
        assertThatThrownBy(() -> new JobMessage.JobStart(
                        JOB,
                        SESSION,
                        Scheme.FROST_ED25519,
                        new WalletId("w"),
                        List.of("a", "b"),
                        2,
                        new JobSpec.Presign()))
                .hasMessageContaining("ECDSA wallets only");
        assertThatThrownBy(() -> new JobMessage.JobStart(
                        JOB,
                        SESSION,
                        Scheme.ECDSA_SECP256K1,
                        new WalletId("w"),
                        List.of("a", "b"),
                        3,
                        new JobSpec.KeyGeneration()))
                .hasMessageContaining("threshold 3");
        assertThatThrownBy(() -> new JobMessage.JobStart(
                        JOB,
                        SESSION,
                        Scheme.FROST_ED25519,
                        new WalletId("w"),
                        List.of("a", "b"),
                        2,
                        new JobSpec.Sign(signStart().spec() instanceof JobSpec.Sign sign ? sign.request() : null)))
                .hasMessageContaining("presignature");
        assertThatThrownBy(() -> new WalletId("Upper")).hasMessageContaining("wallet id");
    }

    private static byte[] with(byte[] encoded, int offset, int value) {
        byte[] copy = encoded.clone();
        copy[offset] = (byte) value;
        return copy;
    }

    private static byte[] replace(byte[] encoded, String from, String to) {
        String text = new String(encoded, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
