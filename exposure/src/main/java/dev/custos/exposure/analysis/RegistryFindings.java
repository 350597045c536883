package dev.custos.exposure.analysis;

import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.powers.ApproverPower;
import dev.custos.exposure.powers.PolicyPowers;
import dev.custos.exposure.registry.Employment;
import dev.custos.exposure.registry.Person;
import dev.custos.exposure.registry.Registry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the registry shows beyond the figures: people who left but keep a power (an approver key the policy still
 * lists, a login on a signer host, a committee admin key), power held with lapsed or no vetting, approvers and
 * committee admins the registry does not know, and device keys shared between approver entries.
 */
final class RegistryFindings {
    private RegistryFindings() {}

    static List<Finding> of(
            Registry registry,
            PolicyPowers powers,
            Committee committee,
            Map<String, Set<String>> nodesByPerson,
            KeyHolders keys,
            Instant now) {
        List<Finding> findings = new ArrayList<>();
        for (Person person : registry.people()) {
            String name = person.name();
            Optional<ApproverPower> approver = powers.approver(name);
            Set<String> nodes = nodesByPerson.getOrDefault(name, Set.of());
            boolean committeeAdmin = committee.admins().contains(name);
            boolean powerful = approver.isPresent() || !nodes.isEmpty() || committeeAdmin || person.canInitiate();
            if (person.employment() == Employment.LEFT) {
                if (approver.isPresent()) {
                    findings.add(new Finding(
                            Severity.HIGH,
                            "left_still_approver",
                            name,
                            name + " has left but is still an approver in groups "
                                    + approver.get().groups() + " of policy version " + powers.version()
                                    + ": their device key still counts"));
                }
                if (!nodes.isEmpty()) {
                    findings.add(new Finding(
                            Severity.HIGH,
                            "left_still_controls_nodes",
                            name,
                            name + " has left but can still reach signer nodes " + nodes));
                }
                if (committeeAdmin) {
                    findings.add(new Finding(
                            Severity.HIGH,
                            "left_still_committee_admin",
                            name,
                            name + " has left but still holds a committee admin key"));
                }
            }
            if (!powerful) {
                continue;
            }
            if (person.employment() == Employment.LEAVING) {
                findings.add(new Finding(
                        Severity.LOW,
                        "leaving_with_power",
                        name,
                        name + " is leaving and still holds a power: prepare the governed changes that remove it"));
            }
            if (person.vetting().isEmpty()) {
                findings.add(new Finding(
                        Severity.MEDIUM, "not_vetted", name, name + " holds a power but has no vetting record"));
            } else if (!person.vetting().get().currentAt(now)) {
                findings.add(new Finding(
                        Severity.MEDIUM,
                        "vetting_expired",
                        name,
                        name + " holds a power but their vetting expired at "
                                + person.vetting().get().validUntil()));
            }
        }
        for (ApproverPower approver : powers.approvers()) {
            if (registry.person(approver.name()).isEmpty()) {
                findings.add(new Finding(
                        Severity.MEDIUM,
                        "unregistered_approver",
                        approver.name(),
                        approver.name() + " is an approver in groups " + approver.groups()
                                + " but not in the registry: nobody records who they are or whether they are vetted"));
            }
        }
        for (String admin : committee.admins()) {
            if (registry.person(admin).isEmpty()) {
                findings.add(new Finding(
                        Severity.MEDIUM,
                        "unregistered_committee_admin",
                        admin,
                        admin + " holds a committee admin key but is not in the registry"));
            }
        }
        keys.shared()
                .forEach((key, names) -> findings.add(new Finding(
                        Severity.HIGH,
                        "shared_device_key",
                        String.join(",", names),
                        "approvers " + names + " share one device key: whoever holds it approves as all of them")));
        return findings;
    }
}
