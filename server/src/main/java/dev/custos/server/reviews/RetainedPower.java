package dev.custos.server.reviews;

import java.util.ArrayList;
import java.util.List;

/**
 * What power a person keeps whatever the registry now says of them: the registry records roles, but the power lives
 * elsewhere — approval keys in the quorum-signed policy (removed only by a governed change), tokens issued with roles
 * (revoked only by revoking them), logins on signer nodes and hosts (ended only on those machines). One sentence each,
 * for the answer of a move or a departure and for the console.
 */
public final class RetainedPower {
    private RetainedPower() {}

    /** The powers {@code powers} still holds that its registry roles no longer explain, or that only others can end. */
    public static List<String> of(PersonPowers powers) {
        List<String> kept = new ArrayList<>();
        List<String> roles = powers.roles();
        boolean departing = !powers.employment().equals("active");
        if (!powers.approverGroups().isEmpty()
                && (departing || (!roles.contains("approver") && !roles.contains("admin")))) {
            kept.add("approves in group(s) " + powers.approverGroups()
                    + " through the signed policy until a governed change removes them");
        } else if (!powers.approverGroups().isEmpty()) {
            kept.add("approves in group(s) " + powers.approverGroups() + " through the signed policy");
        }
        if (!powers.reachesNodes().isEmpty()) {
            kept.add("controls signer node(s) " + powers.reachesNodes()
                    + (powers.operates().isEmpty() ? "" : " (operates " + powers.operates() + ")")
                    + (powers.access().isEmpty() ? "" : " (through " + powers.access() + ")")
                    + (departing || !roles.contains("operator") ? " until their logins there end" : ""));
        }
        for (PersonPowers.Token token : powers.tokens()) {
            List<String> beyond = token.roles().stream()
                    .filter(role -> departing || !roles.contains(role))
                    .toList();
            if (!beyond.isEmpty()) {
                kept.add("API token " + token.device() + " still carries " + beyond
                        + " until it is revoked (POST /v1/tokens/revoke)");
            }
        }
        long counted = powers.passkeys().stream()
                .filter(PersonPowers.PasskeyUse::inPolicy)
                .count();
        if (counted > 0) {
            kept.add(counted + " passkey(s) in the signed policy");
        }
        return kept;
    }
}
