package dev.custos.node.enforce;

import static java.util.Objects.requireNonNull;

import dev.custos.chain.intent.IntentDecoder;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;

/**
 * The installed signed policy, parsed once (its CEL rules compiled) with the payload decoder its address book makes.
 *
 * @param signed the quorum-signed policy as installed
 * @param policy its document, parsed
 * @param decoder the intent decoder with the policy's destinations and known contracts as address book
 */
record EnforcedPolicy(SignedPolicy signed, Policy policy, IntentDecoder decoder) {
    EnforcedPolicy {
        requireNonNull(signed, "signed is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(decoder, "decoder is null");
    }

    /**
     * Parses {@code signed}'s document.
     *
     * @throws IllegalArgumentException if the document does not parse, or names another version than the admins
     *     signed
     */
    static EnforcedPolicy of(SignedPolicy signed) {
        Policy policy;
        try {
            policy = PolicyParser.parse(signed.documentText());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "the installed policy version " + signed.version() + " does not parse: " + e.getMessage(), e);
        }
        if (policy.version() != signed.version()) {
            throw new IllegalArgumentException("the installed policy was signed as version " + signed.version()
                    + " but its document says policy_version " + policy.version());
        }
        return new EnforcedPolicy(
                signed, policy, IntentDecoder.withWellKnownFunctions(RequestParser.addressBook(policy)));
    }
}
