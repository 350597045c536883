package dev.custos.exposure.committee;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signer committee: the signing set of each wallet, and the committee's admins.
 *
 * @param defaultSet the signing set of every wallet without its own entry, if there is one
 * @param wallets signing sets of particular wallets, by wallet id
 * @param admins the people who hold the committee's admin keys (a quorum of them signs the policy the nodes
 *     enforce); empty when not declared
 * @param adminThreshold how many admins sign; 0 exactly when {@code admins} is empty
 */
public record Committee(
        Optional<SigningSet> defaultSet, Map<String, SigningSet> wallets, List<String> admins, int adminThreshold) {
    public Committee {
        requireNonNull(defaultSet, "defaultSet is null");
        wallets = Map.copyOf(requireNonNull(wallets, "wallets is null"));
        admins = List.copyOf(requireNonNull(admins, "admins is null"));
        if (admins.stream().distinct().count() != admins.size()) {
            throw new IllegalArgumentException("admins names a person twice");
        }
        if (admins.isEmpty() ? adminThreshold != 0 : adminThreshold < 1 || adminThreshold > admins.size()) {
            throw new IllegalArgumentException(
                    admins.isEmpty()
                            ? "admin_threshold needs admins"
                            : "admin_threshold must be 1 to the number of admins (" + admins.size() + "), got "
                                    + adminThreshold);
        }
    }

    /** The signing set of {@code walletId}: its own entry, else the default. */
    public Optional<SigningSet> signingSet(String walletId) {
        SigningSet own = wallets.get(walletId);
        return own != null ? Optional.of(own) : defaultSet;
    }
}
