package dev.custos.frost.repair;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the helpers to blame when a repaired share does not match its verifying share. */
final class RepairBlame {
    private RepairBlame() {}

    static FrostException blame(
            RepairParameters parameters,
            Map<Identifier, RepairDeltaCommitments> commitments,
            Map<Identifier, RepairSigma> sigmas) {
        Group group = parameters.suite().group();
        List<Identifier> dealers = new ArrayList<>();
        for (Identifier helper : parameters.helpers()) {
            Element rowSum = group.identity();
            for (Element element : commitments.get(helper).commitments().values()) {
                rowSum = rowSum.add(element);
            }
            Element expected = parameters
                    .publicKeyPackage()
                    .verifyingShare(helper)
                    .element()
                    .multiplyPublic(parameters.lagrangeCoefficient(helper));
            if (!rowSum.equals(expected)) {
                dealers.add(helper);
            }
        }
        if (!dealers.isEmpty()) {
            return new FrostException(
                    FrostErrorCode.INVALID_REPAIR_COMMITMENT,
                    "the deltas of " + dealers + " do not add up to their Lagrange-weighted verifying shares",
                    dealers);
        }
        List<Identifier> summers = new ArrayList<>();
        for (Identifier helper : parameters.helpers()) {
            Element columnSum = group.identity();
            for (RepairDeltaCommitments row : commitments.values()) {
                columnSum = columnSum.add(row.commitments().get(helper));
            }
            if (!group.multiplyGenerator(sigmas.get(helper).sigma()).equals(columnSum)) {
                summers.add(helper);
            }
        }
        if (!summers.isEmpty()) {
            return new FrostException(
                    FrostErrorCode.INVALID_SECRET_SHARE,
                    "the sigmas of " + summers + " do not match the commitments to the deltas they received",
                    summers);
        }
        return new FrostException(
                FrostErrorCode.INCONSISTENT_PUBLIC_KEY_PACKAGE,
                "the repaired share of " + parameters.lostParticipant()
                        + " does not match its verifying share, yet every helper's messages are consistent");
    }
}
