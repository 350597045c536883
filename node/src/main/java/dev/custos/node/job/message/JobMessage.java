package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.NodeIdentity;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A message between the coordinator and a node over their link (docs/NODES.md, "Job messages"). Encoded by {@link
 * JobMessageCodec#encode}, read strictly by {@link JobMessageCodec#decode}.
 */
public sealed interface JobMessage {
    /** The byte that names this message type on the wire. */
    int type();

    /**
     * Coordinator to node: take part in a job.
     *
     * @param job the coordinator's name for it
     * @param session the fresh session id the node claims durably before it sends anything for the job
     * @param scheme the wallet's signature scheme
     * @param wallet the wallet
     * @param participants the nodes that take part, by committee name, sorted and distinct (2 to 256)
     * @param threshold the wallet's threshold (2 to the number of participants for a key generation)
     * @param spec what to do
     */
    record JobStart(
            JobId job,
            SessionId session,
            Scheme scheme,
            WalletId wallet,
            List<String> participants,
            int threshold,
            JobSpec spec)
            implements JobMessage {
        public static final int TYPE = 1;
        public static final int MAX_PARTICIPANTS = 256;

        public JobStart {
            requireNonNull(job, "job is null");
            requireNonNull(session, "session is null");
            requireNonNull(scheme, "scheme is null");
            requireNonNull(wallet, "wallet is null");
            requireNonNull(participants, "participants is null");
            requireNonNull(spec, "spec is null");
            participants.forEach(NodeIdentity::requireValidName);
            if (!participants.equals(List.copyOf(new TreeSet<>(participants)))) {
                throw new IllegalArgumentException("participants must be sorted and distinct: " + participants);
            }
            participants = List.copyOf(participants);
            if (participants.size() < 2 || participants.size() > MAX_PARTICIPANTS) {
                throw new IllegalArgumentException(
                        "a job has 2 to " + MAX_PARTICIPANTS + " participants, got " + participants.size());
            }
            if (threshold < 2 || (spec instanceof JobSpec.KeyGeneration && threshold > participants.size())) {
                throw new IllegalArgumentException(
                        "threshold " + threshold + " is not in [2, " + participants.size() + "]");
            }
            if (spec instanceof JobSpec.Reshare reshare) {
                ReshareOrder order = reshare.order().order();
                if (!order.wallet().equals(wallet) || order.scheme() != scheme || order.newThreshold() != threshold) {
                    throw new IllegalArgumentException("a reshare job is for its order's wallet, scheme and threshold");
                }
                if (!participants.containsAll(order.newMembers())) {
                    throw new IllegalArgumentException("every new member of a reshare takes part");
                }
            }
            if (spec instanceof JobSpec.Presign && scheme != Scheme.ECDSA_SECP256K1) {
                throw new IllegalArgumentException("presigning is for ECDSA wallets only, not " + scheme);
            }
            if (spec instanceof JobSpec.Sign sign
                    && sign.request().presignature().isPresent() != (scheme == Scheme.ECDSA_SECP256K1)) {
                throw new IllegalArgumentException("an ECDSA signing job names a presignature, a FROST one does not");
            }
        }

        @Override
        public int type() {
            return TYPE;
        }
    }

    /**
     * Either direction: one signed node envelope (the {@code CNEV} encoding), opaque to the coordinator except for its
     * header, by which it routes.
     *
     * @param envelope the envelope's bytes
     */
    record Relay(byte[] envelope) implements JobMessage {
        public static final int TYPE = 2;
        public static final int MAX_LENGTH = 16 * 1024 * 1024 + 4096;

        public Relay {
            requireNonNull(envelope, "envelope is null");
            if (envelope.length == 0 || envelope.length > MAX_LENGTH) {
                throw new IllegalArgumentException("a relayed envelope is 1 to " + MAX_LENGTH + " bytes");
            }
            envelope = envelope.clone();
        }

        @Override
        public byte[] envelope() {
            return envelope.clone();
        }

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Relay other && Arrays.equals(envelope, other.envelope);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(envelope);
        }

        @Override
        public String toString() {
            return "Relay[" + envelope.length + " bytes]";
        }
    }

    /**
     * Node to coordinator: what the node reports for a job.
     *
     * @param job the job
     * @param session its session
     * @param outcome a step's result or a failure
     */
    record JobResult(JobId job, SessionId session, Outcome outcome) implements JobMessage {
        public static final int TYPE = 3;

        public JobResult {
            requireNonNull(job, "job is null");
            requireNonNull(session, "session is null");
            requireNonNull(outcome, "outcome is null");
        }

        @Override
        public int type() {
            return TYPE;
        }
    }

    /**
     * Coordinator to node: the FROST signing package (serialized) for the signing job's second round. The node checks
     * it itself: its own commitment, the signer set, and the message against the one it derived.
     *
     * @param job the job
     * @param session its session
     * @param signingPackage the serialized package
     */
    record SigningPackageDelivery(JobId job, SessionId session, byte[] signingPackage) implements JobMessage {
        public static final int TYPE = 4;

        public SigningPackageDelivery {
            requireNonNull(job, "job is null");
            requireNonNull(session, "session is null");
            requireNonNull(signingPackage, "signingPackage is null");
            if (signingPackage.length == 0 || signingPackage.length > Outcome.MAX_DATA_LENGTH + 65536) {
                throw new IllegalArgumentException("a signing package is 1 to " + (Outcome.MAX_DATA_LENGTH + 65536)
                        + " bytes, got " + signingPackage.length);
            }
            signingPackage = signingPackage.clone();
        }

        @Override
        public byte[] signingPackage() {
            return signingPackage.clone();
        }

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SigningPackageDelivery other
                    && job.equals(other.job)
                    && session.equals(other.session)
                    && Arrays.equals(signingPackage, other.signingPackage);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * job.hashCode() + session.hashCode()) + Arrays.hashCode(signingPackage);
        }

        @Override
        public String toString() {
            return "SigningPackageDelivery[" + job + ", " + signingPackage.length + " bytes]";
        }
    }

    /**
     * Coordinator to node: install this quorum-signed policy (the {@code CNSP} encoding). The node decodes and
     * verifies it itself, against its committee's admins and its installed version, and answers with a {@link
     * PolicyReport}.
     *
     * @param delivery the coordinator's name for this delivery, echoed in the report
     * @param signedPolicy the signed policy's encoding, 1 byte to {@link #MAX_LENGTH}
     */
    record PolicyDelivery(JobId delivery, byte[] signedPolicy) implements JobMessage {
        public static final int TYPE = 6;
        /** The largest document (4 MiB) plus room for the header and 128 signatures. */
        public static final int MAX_LENGTH = 4 * 1024 * 1024 + 65536;

        public PolicyDelivery {
            requireNonNull(delivery, "delivery is null");
            requireNonNull(signedPolicy, "signedPolicy is null");
            if (signedPolicy.length == 0 || signedPolicy.length > MAX_LENGTH) {
                throw new IllegalArgumentException(
                        "a signed policy is 1 to " + MAX_LENGTH + " bytes, got " + signedPolicy.length);
            }
            signedPolicy = signedPolicy.clone();
        }

        @Override
        public byte[] signedPolicy() {
            return signedPolicy.clone();
        }

        @Override
        public int type() {
            return TYPE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PolicyDelivery other
                    && delivery.equals(other.delivery)
                    && Arrays.equals(signedPolicy, other.signedPolicy);
        }

        @Override
        public int hashCode() {
            return 31 * delivery.hashCode() + Arrays.hashCode(signedPolicy);
        }

        @Override
        public String toString() {
            return "PolicyDelivery[" + delivery + ", " + signedPolicy.length + " bytes]";
        }
    }

    /**
     * Node to coordinator: what the node did with a {@link PolicyDelivery}.
     *
     * @param delivery the delivery this answers
     * @param status installed, unchanged (already installed) or refused
     * @param installedVersion the version installed on the node after the delivery, 0 if none
     * @param reason why it was refused (1 to {@link Outcome#MAX_REASON_LENGTH} characters); empty otherwise
     */
    record PolicyReport(JobId delivery, PolicyStatus status, long installedVersion, String reason)
            implements JobMessage {
        public static final int TYPE = 7;

        public PolicyReport {
            requireNonNull(delivery, "delivery is null");
            requireNonNull(status, "status is null");
            requireNonNull(reason, "reason is null");
            if (installedVersion < 0) {
                throw new IllegalArgumentException("the installed version is negative: " + installedVersion);
            }
            if (status != PolicyStatus.REFUSED && installedVersion == 0) {
                throw new IllegalArgumentException("a policy " + status.word() + " names its version");
            }
            if ((status == PolicyStatus.REFUSED) == reason.isEmpty()) {
                throw new IllegalArgumentException("a refusal, and only a refusal, names a reason");
            }
            if (reason.length() > Outcome.MAX_REASON_LENGTH) {
                throw new IllegalArgumentException("the reason is above " + Outcome.MAX_REASON_LENGTH + " characters");
            }
        }

        @Override
        public int type() {
            return TYPE;
        }
    }

    /**
     * Coordinator to node: stop the job and forget its session state (its secrets are destroyed; the session stays
     * used).
     *
     * @param job the job
     * @param session its session
     * @param reason why, for the node's log
     */
    record JobAbort(JobId job, SessionId session, String reason) implements JobMessage {
        public static final int TYPE = 5;

        public JobAbort {
            requireNonNull(job, "job is null");
            requireNonNull(session, "session is null");
            requireNonNull(reason, "reason is null");
            if (reason.length() > Outcome.MAX_REASON_LENGTH) {
                throw new IllegalArgumentException("the reason is above " + Outcome.MAX_REASON_LENGTH + " characters");
            }
        }

        @Override
        public int type() {
            return TYPE;
        }
    }
}
