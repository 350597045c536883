package dev.custos.server.reviews;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What power one person holds, from every source the server knows: the registry's roles, the signed policy (approval
 * groups, the {@code admin} group that governs the policy), the nodes they operate or reach through hosts and cloud
 * accounts, their live API tokens and their passkeys.
 *
 * @param person the name
 * @param roles the registry's roles
 * @param employment {@code active}, {@code leaving} or {@code left}
 * @param leavingOn their last day when leaving, else null
 * @param vetting the vetting record
 * @param approverGroups the groups the active policy lists them in as an approver ({@code admin} governs the policy)
 * @param operates the nodes they operate
 * @param access the hosts and cloud accounts they can reach
 * @param reachesNodes every node they control, directly or through a resource
 * @param tokens their live API tokens
 * @param passkeys their enrolled passkeys
 */
public record PersonPowers(
        String person,
        List<String> roles,
        String employment,
        @JsonProperty("leaving_on") String leavingOn,
        Vetting vetting,
        @JsonProperty("approver_groups") List<String> approverGroups,
        List<String> operates,
        List<String> access,
        @JsonProperty("reaches_nodes") List<String> reachesNodes,
        List<Token> tokens,
        List<PasskeyUse> passkeys) {
    public PersonPowers {
        requireNonNull(person, "person is null");
        roles = List.copyOf(roles);
        requireNonNull(employment, "employment is null");
        approverGroups = List.copyOf(approverGroups);
        operates = List.copyOf(operates);
        access = List.copyOf(access);
        reachesNodes = List.copyOf(reachesNodes);
        tokens = List.copyOf(tokens);
        passkeys = List.copyOf(passkeys);
    }

    /** Whether they hold any power at all (a role, an approval key in the policy, a node, a token or a passkey). */
    public boolean holdsPower() {
        return !roles.isEmpty()
                || !approverGroups.isEmpty()
                || !reachesNodes.isEmpty()
                || !tokens.isEmpty()
                || !passkeys.isEmpty();
    }

    /**
     * The vetting record.
     *
     * @param level the level
     * @param validUntil until when it holds (RFC 3339)
     */
    public record Vetting(
            String level, @JsonProperty("valid_until") String validUntil) {}

    /**
     * A live API token.
     *
     * @param device {@code token:} and 16 hex digits of its hash
     * @param roles the roles it carries
     * @param createdAt when it was issued
     * @param lastUsedAt when it was last used (to the hour), or null
     */
    public record Token(
            String device,
            List<String> roles,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("last_used_at") String lastUsedAt) {}

    /**
     * An enrolled passkey.
     *
     * @param credentialId its credential id (base64url)
     * @param createdAt when it was enrolled
     * @param lastUsedAt when it last signed in or approved, or null
     * @param inPolicy whether the active policy names it (only then does it count for approvals)
     */
    public record PasskeyUse(
            @JsonProperty("credential_id") String credentialId,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("last_used_at") String lastUsedAt,
            @JsonProperty("in_policy") boolean inPolicy) {}
}
