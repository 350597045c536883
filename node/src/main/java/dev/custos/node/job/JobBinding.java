package dev.custos.node.job;

import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Binds a protocol run to its whole job start: the session its envelopes carry is SHA-256 over ASCII {@code custos
 * node job session v1}, a zero byte and the job start's encoding. Two nodes therefore run the same protocol session
 * only if the coordinator sent both the same job (same session id, participants, threshold, wallet, scheme and
 * request); a coordinator that tells nodes different things splits the run, and each node's inbox rejects the other
 * run's envelopes.
 */
public final class JobBinding {
    private static final byte[] DOMAIN = "custos node job session v1\0".getBytes(StandardCharsets.US_ASCII);

    private JobBinding() {}

    /** The protocol session of {@code start}. */
    public static SessionId protocolSession(JobMessage.JobStart start) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(DOMAIN);
            sha256.update(JobMessageCodec.encode(start));
            return SessionId.of(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
