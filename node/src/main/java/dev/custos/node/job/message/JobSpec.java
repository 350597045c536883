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

    /**
     * New shares of the wallet's unchanged key for the same holders and threshold (every holder takes part). The
     * coordinator may start one; each node refuses a refresh of a wallet it refreshed less than its minimum interval
     * ago (docs/NODES.md, "Refresh and resharing").
     */
    record Refresh() implements JobSpec {
        public static final int KIND = 4;

        @Override
        public int kind() {
            return KIND;
        }
    }

    /**
     * The wallet's unchanged key moved to the order's new members and threshold, as the admins ordered: the
     * participants are old holders that deal and the new members.
     *
     * @param order the order, signed by a quorum of the committee's admins
     */
    record Reshare(SignedReshareOrder order) implements JobSpec {
        public static final int KIND = 5;

        public Reshare {
            requireNonNull(order, "order is null");
        }

        @Override
        public int kind() {
            return KIND;
        }
    }
}
