package dev.custos.exposure.powers;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One approver entry of the policy. Whoever holds the device key (or a passkey) signs as this approver, so two entries
 * with the same key are one power: turning one holder turns both names.
 *
 * @param name the approver's name (the registry person of the same name)
 * @param deviceKey the approver's signing credential: the device public key in hex; when entries share a credential
 *     (a device key or a passkey), the same label for all of them (see {@code SharedCredentials})
 * @param groups the approval groups; {@code admin} approves governed policy changes
 */
public record ApproverPower(String name, String deviceKey, List<String> groups) {
    public ApproverPower {
        requireNonNull(name, "name is null");
        requireNonNull(deviceKey, "deviceKey is null");
        groups = List.copyOf(requireNonNull(groups, "groups is null"));
        if (name.isBlank() || deviceKey.isBlank()) {
            throw new IllegalArgumentException("an approver needs a name and a device key");
        }
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }
}
