package dev.custos.node.job;

/**
 * Decides, on the node, whether it contributes to a signing job and what exactly it signs. The node calls it before it
 * does anything for a signing job, and signs only the bytes an {@link Authorization.Authorized} returns: they must be
 * derived from the job's raw payload by the authorizer itself, never taken from anything the coordinator says about
 * the payload. The policy engine implements this seam (decoding, quorum-signed policy, approvals, verdict);
 * {@link dev.custos.node.job.authorize.DerivedPayloadAuthorizer} is the default, which derives the bytes and checks
 * nothing else.
 */
public interface SigningAuthorizer {
    /** The decision for one signing job. Must not throw: a failure to decide is a {@link Authorization.Refused}. */
    Authorization authorize(SigningInput input);
}
