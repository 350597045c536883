package dev.custos.policy.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned policy document with its rules compiled.
 *
 * @param version positive, increases by one with each change
 * @param name plain-language name
 * @param destinationCooldownSeconds how long a new allowlist entry stays inactive
 * @param governance how this policy may change
 * @param approvers the approvers and their device keys
 * @param destinations the allowlisted destinations
 * @param knownContracts addresses of contracts the team knows (address → label), so calls to them are not
 *     {@code unknown_target}
 * @param frozenWallets wallets for which every request is denied
 * @param rules the rules, in document order (order only affects how results are listed)
 * @param wallets the wallets the policy knows: their tier and own keys come only from here
 * @param prices the price table, the only source of USD values
 * @param detection the verdict key and what an unverified verdict needs
 * @param contractStandards known contracts' declared kind ({@code erc20}, {@code erc721}, {@code erc1155} or {@code
 *     multisend}), by lower-case address
 * @param canonicalJson the document in canonical JSON (sorted keys, no whitespace), for digests and comparisons
 * @param webauthn the relying party that passkey approvals are made for; required when an approver has a passkey
 */
public record Policy(
        long version,
        String name,
        long destinationCooldownSeconds,
        Governance governance,
        List<Approver> approvers,
        List<Destination> destinations,
        List<Destination> knownContracts,
        List<String> frozenWallets,
        List<Rule> rules,
        String canonicalJson,
        List<Wallet> wallets,
        PriceTable prices,
        Detection detection,
        Map<String, String> contractStandards,
        Optional<WebAuthn> webauthn) {

    public Policy {
        if (version < 1) {
            throw new IllegalArgumentException("policy_version must be positive, got " + version);
        }
        Objects.requireNonNull(name, "name is null");
        if (destinationCooldownSeconds < 0) {
            throw new IllegalArgumentException("destination_cooldown_seconds must not be negative");
        }
        Objects.requireNonNull(governance, "governance is null");
        Objects.requireNonNull(canonicalJson, "canonicalJson is null");
        approvers = List.copyOf(Objects.requireNonNull(approvers, "approvers is null"));
        destinations = List.copyOf(Objects.requireNonNull(destinations, "destinations is null"));
        knownContracts = List.copyOf(Objects.requireNonNull(knownContracts, "knownContracts is null"));
        frozenWallets = List.copyOf(Objects.requireNonNull(frozenWallets, "frozenWallets is null"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules is null"));
        wallets = List.copyOf(Objects.requireNonNull(wallets, "wallets is null"));
        Objects.requireNonNull(prices, "prices is null");
        Objects.requireNonNull(detection, "detection is null");
        contractStandards = Map.copyOf(Objects.requireNonNull(contractStandards, "contractStandards is null"));
        unique(wallets.stream().map(Wallet::id).toList(), "wallet id");
        unique(approvers.stream().map(Approver::name).toList(), "approver name");
        unique(rules.stream().map(Rule::id).toList(), "rule id");
        unique(destinations.stream().map(Destination::address).toList(), "destination address");
        Objects.requireNonNull(webauthn, "webauthn is null");
        List<String> credentials = approvers.stream()
                .flatMap(approver -> approver.passkeys().stream())
                .map(Passkey::credentialIdText)
                .toList();
        unique(credentials, "passkey credential_id");
        if (!credentials.isEmpty() && webauthn.isEmpty()) {
            throw new IllegalArgumentException(
                    "webauthn (rp_id and origins) is required when an approver has passkeys");
        }
    }

    public Optional<Approver> approver(String approverName) {
        return approvers.stream().filter(a -> a.name().equals(approverName)).findFirst();
    }

    public Optional<Destination> destination(String address) {
        return destinations.stream().filter(d -> d.address().equals(address)).findFirst();
    }

    public Optional<Wallet> wallet(String walletId) {
        return wallets.stream().filter(w -> w.id().equals(walletId)).findFirst();
    }

    public boolean isFrozen(String walletId) {
        return frozenWallets.contains(walletId);
    }

    private static void unique(List<String> values, String what) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException("duplicate " + what + " '" + value + "'");
            }
        }
    }
}
