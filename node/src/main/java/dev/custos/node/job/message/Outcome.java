package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.NodeIdentity;
import java.util.Arrays;
import java.util.Optional;

/** What a node reports for a job: a result of one of the job's steps, or a failure. */
public sealed interface Outcome {
    int MAX_DATA_LENGTH = 1 << 20;
    int MAX_REASON_LENGTH = 2048;

    /** The byte that names this outcome on the wire. */
    int code();

    /**
     * The key generation finished: the public data every participant must report identically (ECDSA: the 33-byte
     * compressed public key; FROST: the serialized public key package).
     *
     * @param publicData public
     */
    record KeyGenerated(byte[] publicData) implements Outcome {
        public static final int CODE = 1;

        public KeyGenerated {
            publicData = checked(publicData, "publicData");
        }

        @Override
        public byte[] publicData() {
            return publicData.clone();
        }

        @Override
        public int code() {
            return CODE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyGenerated other && Arrays.equals(publicData, other.publicData);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(publicData);
        }

        @Override
        public String toString() {
            return "KeyGenerated[" + publicData.length + " bytes]";
        }
    }

    /**
     * An ECDSA presignature is stored (durably, before this report): its presigning session and its nonce point R.
     *
     * @param presignature the presigning session that names it
     * @param nonce the compressed point R (33 bytes)
     */
    record Presigned(SessionId presignature, byte[] nonce) implements Outcome {
        public static final int CODE = 2;
        public static final int NONCE_LENGTH = 33;

        public Presigned {
            requireNonNull(presignature, "presignature is null");
            requireNonNull(nonce, "nonce is null");
            if (nonce.length != NONCE_LENGTH) {
                throw new IllegalArgumentException("a nonce point is 33 bytes, got " + nonce.length);
            }
            nonce = nonce.clone();
        }

        @Override
        public byte[] nonce() {
            return nonce.clone();
        }

        @Override
        public int code() {
            return CODE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Presigned other
                    && presignature.equals(other.presignature)
                    && Arrays.equals(nonce, other.nonce);
        }

        @Override
        public int hashCode() {
            return 31 * presignature.hashCode() + Arrays.hashCode(nonce);
        }

        @Override
        public String toString() {
            return "Presigned[" + presignature.toHex() + "]";
        }
    }

    /**
     * FROST round one: this signer's commitments (serialized), whose nonces it stored durably before this report.
     *
     * @param commitments public
     */
    record Commitments(byte[] commitments) implements Outcome {
        public static final int CODE = 3;

        public Commitments {
            commitments = checked(commitments, "commitments");
        }

        @Override
        public byte[] commitments() {
            return commitments.clone();
        }

        @Override
        public int code() {
            return CODE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Commitments other && Arrays.equals(commitments, other.commitments);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(commitments);
        }

        @Override
        public String toString() {
            return "Commitments[" + commitments.length + " bytes]";
        }
    }

    /**
     * This signer's signature share (serialized: ECDSA {@code SignatureShare}, FROST {@code SignatureShare}).
     *
     * @param share public once released
     */
    record SignatureShare(byte[] share) implements Outcome {
        public static final int CODE = 4;

        public SignatureShare {
            share = checked(share, "share");
        }

        @Override
        public byte[] share() {
            return share.clone();
        }

        @Override
        public int code() {
            return CODE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SignatureShare other && Arrays.equals(share, other.share);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(share);
        }

        @Override
        public String toString() {
            return "SignatureShare[" + share.length + " bytes]";
        }
    }

    /**
     * The node gave up on the job.
     *
     * @param kind why, broadly
     * @param culprit the node the failure proves at fault, or {@link #COORDINATOR}; empty when nobody can be named
     * @param reason what went wrong, for people (at most {@value #MAX_REASON_LENGTH} characters)
     */
    record Failed(FailureKind kind, Optional<String> culprit, String reason) implements Outcome {
        public static final int CODE = 5;

        /** The culprit name for a failure the coordinator (or the network it runs) caused. */
        public static final String COORDINATOR = "coordinator";

        public Failed {
            requireNonNull(kind, "kind is null");
            requireNonNull(culprit, "culprit is null");
            requireNonNull(reason, "reason is null");
            culprit.ifPresent(NodeIdentity::requireValidName);
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("a failure needs a reason");
            }
            if (reason.length() > MAX_REASON_LENGTH) {
                throw new IllegalArgumentException("a reason is at most " + MAX_REASON_LENGTH + " characters");
            }
        }

        /** A failure whose {@code reason} is cut to {@value #MAX_REASON_LENGTH} characters if it is longer. */
        public static Failed of(FailureKind kind, Optional<String> culprit, String reason) {
            requireNonNull(reason, "reason is null");
            String cut =
                    reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH - 3) + "..." : reason;
            return new Failed(kind, culprit, cut.isEmpty() ? "no reason given" : cut);
        }

        @Override
        public int code() {
            return CODE;
        }

        @Override
        public String toString() {
            return "Failed[" + kind + culprit.map(name -> ", culprit " + name).orElse("") + ": " + reason + "]";
        }
    }

    private static byte[] checked(byte[] data, String name) {
        requireNonNull(data, name + " is null");
        if (data.length == 0 || data.length > MAX_DATA_LENGTH) {
            throw new IllegalArgumentException(name + " is 1 to " + MAX_DATA_LENGTH + " bytes, got " + data.length);
        }
        return data.clone();
    }
}
