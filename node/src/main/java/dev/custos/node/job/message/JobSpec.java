package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

/** What a job asks the participants to do. */
public sealed interface JobSpec {
    /** The byte that names the kind on the wire. */
    int kind();

    /** A distributed key generation among all participants (for ECDSA with the OT verification that follows it). */
    record KeyGeneration() implements JobSpec {
        public static final int KIND = 1;

        @Override
        public int kind() {
            return KIND;
        }
    }

    /** One ECDSA presignature among the participants (the signer set), added to each one's pool for the wallet. */
    record Presign() implements JobSpec {
        public static final int KIND = 2;

        @Override
        public int kind() {
            return KIND;
        }
    }

    /**
     * A signature by the participants (the signer set) over what each node derives from the request's payload.
     *
     * @param request the payload, approvals, verdict and (ECDSA) the presignature to use
     */
    record Sign(SignRequest request) implements JobSpec {
        public static final int KIND = 3;

        public Sign {
            requireNonNull(request, "request is null");
        }

        @Override
        public int kind() {
            return KIND;
        }
    }
}
