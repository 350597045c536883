package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.approval.digest.ApprovalFacts;
import dev.custos.policy.request.SigningRequest;
import java.util.Optional;

/**
 * A stored request decoded again from its payload bytes for people to read (the console's request view): the same
 * {@code RequestParser} and decoders the server decides with and the nodes sign with, so what is shown is what the
 * bytes say, not what the submission claimed.
 *
 * @param document the request as the API returns it (its claims included, to show side by side)
 * @param decoded the request as the policy reads it, with the intent decoded from the payload; empty when it does not
 *     decode (then {@code problem} says why)
 * @param facts what an approval binds (transfers, signed hash, terms), derived from the payload; empty without payload
 * @param digest the approval digest recomputed here from {@code facts}; empty when there are none
 * @param problem why the payload could not be decoded or approved, if so
 */
public record RequestInspection(
        ObjectNode document,
        Optional<SigningRequest> decoded,
        Optional<ApprovalFacts> facts,
        Optional<byte[]> digest,
        Optional<String> problem) {
    public RequestInspection {
        document = requireNonNull(document, "document is null").deepCopy();
        requireNonNull(decoded, "decoded is null");
        requireNonNull(facts, "facts is null");
        digest = requireNonNull(digest, "digest is null").map(byte[]::clone);
        requireNonNull(problem, "problem is null");
    }

    @Override
    public ObjectNode document() {
        return document.deepCopy();
    }

    @Override
    public Optional<byte[]> digest() {
        return digest.map(byte[]::clone);
    }
}
