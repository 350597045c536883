package dev.custos.server.cluster;

import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Test only: the default authorizer, plus SHA-256 of a PSBT payload for a Taproot wallet, whose sighashes no
 * authorizer derives yet. It shows the cluster's authorizer seam at work; never a default anywhere.
 */
final class TaprootDigestAuthorizer implements SigningAuthorizer {
    private final DerivedPayloadAuthorizer derived = new DerivedPayloadAuthorizer();

    @Override
    public Authorization authorize(SigningInput input) {
        if (input.wallet().scheme() != Scheme.FROST_SECP256K1_TR
                || input.payload().type() != PayloadType.PSBT) {
            return derived.authorize(input);
        }
        try {
            return new Authorization.Authorized(
                    MessageDigest.getInstance("SHA-256").digest(input.payload().bytes()));
        } catch (NoSuchAlgorithmException e) {
            return new Authorization.Refused("no SHA-256");
        }
    }
}
