package dev.custos.exposure.analysis;

import static java.util.Objects.requireNonNull;

import dev.custos.exposure.powers.TransferRequirement;
import java.util.List;

/**
 * The exposure of one wallet.
 *
 * @param wallet the wallet id
 * @param signOutsidePolicy the fewest people who together control threshold-many of its signer nodes
 * @param passPolicy the fewest people who get a transfer from it approved: an initiator and enough approvers for
 *     every group quorum (the initiator's own approval does not count)
 * @param changePolicy the fewest people who can loosen the policy, by the easiest path
 * @param changePath the path that figure takes ({@link ChangePath#POLICY_GOVERNANCE} or {@link
 *     ChangePath#COMMITTEE_ADMINS})
 * @param timeLockSeconds the time lock of that path
 * @param threshold the wallet's signing threshold
 * @param nodes the wallet's signer nodes
 * @param singlePointsOfFailure the people who alone achieve some figure, by name
 * @param requirement what {@code passPolicy} counted: the approvals per group, and the rules that ask for them
 */
public record WalletExposure(
        String wallet,
        Figure signOutsidePolicy,
        Figure passPolicy,
        Figure changePolicy,
        String changePath,
        long timeLockSeconds,
        int threshold,
        List<String> nodes,
        List<SinglePoint> singlePointsOfFailure,
        TransferRequirement requirement) {
    /** The figures' names, as in JSON and findings. */
    public static final List<String> FIGURES = List.of("sign_outside_policy", "pass_policy", "change_policy");

    public WalletExposure {
        requireNonNull(wallet, "wallet is null");
        requireNonNull(signOutsidePolicy, "signOutsidePolicy is null");
        requireNonNull(passPolicy, "passPolicy is null");
        requireNonNull(changePolicy, "changePolicy is null");
        requireNonNull(changePath, "changePath is null");
        nodes = List.copyOf(requireNonNull(nodes, "nodes is null"));
        singlePointsOfFailure = List.copyOf(requireNonNull(singlePointsOfFailure, "singlePointsOfFailure is null"));
        requireNonNull(requirement, "requirement is null");
        if (!requirement.wallet().equals(wallet)) {
            throw new IllegalArgumentException(
                    "the requirement is for wallet " + requirement.wallet() + ", not " + wallet);
        }
    }

    /** The figure named {@code name} (one of {@link #FIGURES}). */
    public Figure figure(String name) {
        return switch (name) {
            case "sign_outside_policy" -> signOutsidePolicy;
            case "pass_policy" -> passPolicy;
            case "change_policy" -> changePolicy;
            default -> throw new IllegalArgumentException("no figure named '" + name + "'");
        };
    }
}
