package dev.custos.node.job.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.envelope.SessionId;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.request.PasskeyAssertion;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobMessageCodecTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SessionId SESSION = SessionId.random(RANDOM);
    private static final JobId JOB = new JobId("job-1");
    private static final PasskeyAssertion PASSKEY =
            new PasskeyAssertion(filled(16, 0x11), filled(37, 0x12), filled(60, 0x13), filled(70, 0x14));

    static JobMessage.JobStart signStart() {
        SignRequest request = new SignRequest(
                new TypedPayload(PayloadType.ETHEREUM_RAW_TX, new byte[] {1, 2, 3}),
                "request-7",
                "alice",
                List.of(
                        new Approval(
                                "bob", 3, Instant.ofEpochSecond(1_800_000_000L), new DeviceSignature(filled(64, 4))),
                        new Approval("carol", 3, Instant.ofEpochSecond(1_800_000_060L), PASSKEY)),
                Optional.of(new DetectionVerdict(
                        filled(32, 6),
                        72,
                        List.of("impossible_travel", "", "a destination this wallet never paid\nbefore"),
                        Instant.ofEpochSecond(1_700_000_000L),
                        Instant.ofEpochSecond(1_700_000_900L),
                        filled(64, 7))),
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
                new JobMessage.JobStart(
                        JOB,
                        SESSION,
                        Scheme.FROST_ED25519,
                        new WalletId("w"),
                        List.of("a", "b"),
                        2,
                        new JobSpec.Refresh()),
                ReshareOrderTest.reshareStart(),
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
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, 4, 1)))
                .hasMessageContaining("'format version'")
                .hasMessageContaining("1 is not supported");
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, 5, 9))).hasMessageContaining("'type'");
        // the job id "job-1" starts at offset 10; a space is not allowed in a job id
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, 10, ' '))).hasMessageContaining("'job'");
        byte[] scheme = replace(encoded, "ecdsa-secp256k1", "ecdsa-secp256r1");
        assertThatThrownBy(() -> JobMessageCodec.decode(scheme)).hasMessageContaining("'scheme'");
        byte[] unsorted = replace(encoded, "\0\0\0\1a\0\0\0\1b", "\0\0\0\1b\0\0\0\1a");
        assertThatThrownBy(() -> JobMessageCodec.decode(unsorted)).hasMessageContaining("sorted and distinct");
        byte[] control = replace(encoded, "request-7", "request\n7");
        assertThatThrownBy(() -> JobMessageCodec.decode(control))
                .hasMessageContaining("'sign request'")
                .hasMessageContaining("request id has a control character");
        byte[] score = replace(encoded, "\u0048\0\0\0\3", "\u0065\0\0\0\3");
        assertThatThrownBy(() -> JobMessageCodec.decode(score))
                .hasMessageContaining("'verdict'")
                .hasMessageContaining("score is 0 to 100, got 101");
        byte[] noApprover = replace(encoded, "\0\0\0\3bob", "\0\0\0\0bob");
        assertThatThrownBy(() -> JobMessageCodec.decode(noApprover)).hasMessageContaining("approval 0");
    }

    @Test
    void approvalsAndVerdictsRejectWhatCannotBeBound() {
        assertThatThrownBy(() -> new Approval("bob", 0, Instant.ofEpochSecond(1), new DeviceSignature(filled(64, 1))))
                .hasMessageContaining("policy version is at least 1");
        assertThatThrownBy(
                        () -> new Approval("bob", 1, Instant.ofEpochSecond(1, 5), new DeviceSignature(filled(64, 1))))
                .hasMessageContaining("whole second");
        assertThatThrownBy(() -> new DeviceSignature(filled(63, 1))).hasMessageContaining("64 bytes, got 63");
        assertThatThrownBy(
                        () -> new Approval("b\uD800b", 1, Instant.ofEpochSecond(1), new DeviceSignature(filled(64, 1))))
                .hasMessageContaining("unpaired surrogate at index 1");
        assertThatThrownBy(() -> new DetectionVerdict(
                        filled(32, 1),
                        10,
                        List.of(),
                        Instant.ofEpochSecond(100),
                        Instant.ofEpochSecond(100),
                        filled(64, 1)))
                .hasMessageContaining("expires");
        assertThatThrownBy(() -> new DetectionVerdict(
                        filled(31, 1),
                        10,
                        List.of(),
                        Instant.ofEpochSecond(100),
                        Instant.ofEpochSecond(200),
                        filled(64, 1)))
                .hasMessageContaining("32 bytes, got 31");
        assertThatThrownBy(() -> new DetectionVerdict(
                        filled(32, 1),
                        10,
                        List.of("x".repeat(DetectionVerdict.MAX_REASON_LENGTH + 1)),
                        Instant.ofEpochSecond(100),
                        Instant.ofEpochSecond(200),
                        filled(64, 1)))
                .hasMessageContaining("a verdict reason is at most 1024 characters");
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

    @Test
    void passkeyProofsAreBoundedAndTheirKindChecked() {
        byte[] encoded = JobMessageCodec.encode(signStart());
        // carol's proof: kind 2, then the credential id's length 16 and its bytes
        int proof = indexOf(encoded, new byte[] {2, 0, 0, 0, 16, 0x11});
        assertThat(proof).isPositive();
        assertThatThrownBy(() -> JobMessageCodec.decode(with(encoded, proof, 3)))
                .hasMessageContaining("'approval 1 proof kind'")
                .hasMessageContaining("3 is not 1 (device key) or 2 (passkey)");
        byte[] longId = encoded.clone();
        longId[proof + 3] = 0x04;
        longId[proof + 4] = 0x00;
        assertThatThrownBy(() -> JobMessageCodec.decode(longId))
                .hasMessageContaining("'approval 1 passkey credential id'")
                .hasMessageContaining("length 1024 is above the limit of 1023");
        // the authenticator data's length 37 follows the 16-byte credential id
        int data = proof + 1 + 4 + 16;
        byte[] shortData = with(encoded, data + 3, 36);
        assertThatThrownBy(() -> JobMessageCodec.decode(shortData)).isInstanceOf(InvalidEncodingException.class);
        byte[] emptyId = encoded.clone();
        emptyId[proof + 4] = 0;
        assertThatThrownBy(() -> JobMessageCodec.decode(emptyId)).isInstanceOf(InvalidEncodingException.class);
    }

    @Test
    void passkeyAssertionsRejectOutOfBoundsSizes() {
        assertThatThrownBy(() -> new PasskeyAssertion(new byte[0], filled(37, 1), filled(10, 1), filled(70, 1)))
                .hasMessageContaining("credential id must be 1 to 1023 bytes, got 0");
        assertThatThrownBy(() -> new PasskeyAssertion(filled(1, 1), filled(1025, 1), filled(10, 1), filled(70, 1)))
                .hasMessageContaining("authenticator data must be 37 to 1024 bytes, got 1025");
        assertThatThrownBy(() -> new PasskeyAssertion(filled(1, 1), filled(37, 1), filled(2049, 1), filled(70, 1)))
                .hasMessageContaining("client data JSON must be 1 to 2048 bytes, got 2049");
        assertThatThrownBy(() -> new PasskeyAssertion(filled(1, 1), filled(37, 1), filled(10, 1), filled(257, 1)))
                .hasMessageContaining("signature must be 1 to 256 bytes, got 257");
        assertThat(PASSKEY.toString()).hasSizeLessThan(80);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
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
