package dev.custos.coordinator.job;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.aggregate.Aggregator;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.protocol.Parties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coordinator as FROST coordinator: builds the signing package from the signers' commitments and the message it
 * derived, and aggregates their shares into a signature that {@link Aggregator} verifies (naming any signer whose share
 * is invalid) before it is returned.
 */
final class FrostAssembly {
    private FrostAssembly() {}

    static SigningPackage signingPackage(
            Ciphersuite suite, Parties parties, Map<String, Outcome.Commitments> reported, byte[] message) {
        List<SigningCommitments> commitments = new ArrayList<>();
        for (Map.Entry<String, Outcome.Commitments> entry : reported.entrySet()) {
            String node = entry.getKey();
            try {
                SigningCommitments commitment =
                        SigningCommitments.deserialize(entry.getValue().commitments());
                if (commitment.suite() != suite || !commitment.identifier().equals(parties.frost(suite, node))) {
                    throw Results.failed(
                            FailureKind.PROTOCOL, Optional.of(node), "its commitments name another signer");
                }
                commitments.add(commitment);
            } catch (FrostException e) {
                throw Results.failed(
                        FailureKind.PROTOCOL, Optional.of(node), "its commitments do not decode: " + e.getMessage());
            }
        }
        try {
            return SigningPackage.create(suite, commitments, message);
        } catch (FrostException e) {
            throw Results.failed(FailureKind.PROTOCOL, Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    static Signature aggregate(
            Ciphersuite suite,
            Parties parties,
            SigningPackage signingPackage,
            Map<String, Outcome.SignatureShare> reported,
            PublicKeyPackage publicKeyPackage) {
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>();
        for (Map.Entry<String, Outcome.SignatureShare> entry : reported.entrySet()) {
            String node = entry.getKey();
            try {
                SignatureShare share =
                        SignatureShare.deserialize(entry.getValue().share());
                if (!share.identifier().equals(parties.frost(suite, node))) {
                    throw Results.failed(FailureKind.PROTOCOL, Optional.of(node), "its share names another signer");
                }
                shares.put(share.identifier(), share);
            } catch (FrostException e) {
                throw Results.failed(
                        FailureKind.PROTOCOL, Optional.of(node), "its share does not decode: " + e.getMessage());
            }
        }
        try {
            return Aggregator.aggregate(signingPackage, shares, publicKeyPackage);
        } catch (FrostException e) {
            Optional<String> culprit = e.culprits().stream()
                    .map(id -> parties.name(suite, id))
                    .flatMap(Optional::stream)
                    .findFirst();
            throw Results.failed(FailureKind.PROTOCOL, culprit, "the shares do not aggregate: " + e.getMessage());
        }
    }
}
