package dev.custos.coordinator.job;

import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.SigningInput;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Test only: authorizes SHA-256 of any payload, for the scheme (frost-secp256k1-tr) whose payloads the default
 * authorizer does not derive yet. Never a default anywhere.
 */
final class DigestAuthorizer implements SigningAuthorizer {
    @Override
    public Authorization authorize(SigningInput input) {
        try {
            return new Authorization.Authorized(
                    MessageDigest.getInstance("SHA-256").digest(input.payload().bytes()));
        } catch (NoSuchAlgorithmException e) {
            return new Authorization.Refused("no SHA-256");
        }
    }
}
