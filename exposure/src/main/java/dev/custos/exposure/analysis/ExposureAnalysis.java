package dev.custos.exposure.analysis;

import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.committee.SigningSet;
import dev.custos.exposure.powers.PolicyPowers;
import dev.custos.exposure.powers.TransferRequirement;
import dev.custos.exposure.registry.Person;
import dev.custos.exposure.registry.Registry;
import dev.custos.exposure.search.SearchBudget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes, for each wallet the policy declares, how many people an attacker must turn (docs/PEOPLE.md):
 * {@code sign_outside_policy} from the registry's node control and the wallet's signing set, {@code pass_policy} from
 * the initiators and the policy's approver keys and quorums, {@code change_policy} from the admin quorum and the
 * committee admins; and who alone achieves any of them. Every figure is exact; an input too large for an exact
 * answer ends in an {@link dev.custos.exposure.ExposureLimitException}.
 */
public final class ExposureAnalysis {
    private ExposureAnalysis() {}

    /** The report with the default step budget of each search. */
    public static ExposureReport analyse(Registry registry, PolicyPowers powers, Committee committee, Instant now) {
        return analyse(registry, powers, committee, now, SearchBudget.DEFAULT_STEPS);
    }

    /**
     * The report.
     *
     * @param now when vetting is judged (only findings depend on it)
     * @param maxSteps the step budget of each exact search
     */
    public static ExposureReport analyse(
            Registry registry, PolicyPowers powers, Committee committee, Instant now, long maxSteps) {
        for (String wallet : committee.wallets().keySet()) {
            if (powers.transfers().stream().noneMatch(t -> t.wallet().equals(wallet))) {
                throw new ExposureInputException("committee.wallets." + wallet + ": policy version " + powers.version()
                        + " declares no wallet '" + wallet + "'");
            }
        }
        KeyHolders keys = new KeyHolders(powers);
        Map<String, Set<String>> nodesByPerson = registry.nodesByPerson();
        List<String> initiators = registry.people().stream()
                .filter(Person::canInitiate)
                .map(Person::name)
                .sorted()
                .toList();
        List<ChangePath> paths =
                ChangeExposure.paths(powers, committee, keys, new SearchBudget(maxSteps, "change_policy"));
        ChangePath easiest = paths.getFirst();
        List<String> changeAlone = ChangeExposure.alone(powers, committee, keys);
        List<WalletExposure> wallets = new ArrayList<>();
        for (TransferRequirement transfer : powers.transfers()) {
            String wallet = transfer.wallet();
            SigningSet set = committee
                    .signingSet(wallet)
                    .orElseThrow(() -> new ExposureInputException("committee: no signing set for wallet '" + wallet
                            + "' (give 'nodes' and 'threshold', or a 'wallets' entry for it)"));
            Outcome sign = SigningExposure.of(
                    nodesByPerson, set, new SearchBudget(maxSteps, "sign_outside_policy of " + wallet));
            Outcome pass = ApprovalExposure.of(
                    transfer, initiators, keys, new SearchBudget(maxSteps, "pass_policy of " + wallet));
            wallets.add(new WalletExposure(
                    wallet,
                    sign.figure(),
                    pass.figure(),
                    easiest.figure(),
                    easiest.path(),
                    easiest.timeLockSeconds(),
                    set.threshold(),
                    set.nodes(),
                    singlePoints(sign.alone(), pass.alone(), changeAlone),
                    transfer));
        }
        return new ExposureReport(
                powers.version(),
                now,
                wallets,
                paths,
                RegistryFindings.of(registry, powers, committee, nodesByPerson, keys, now));
    }

    private static List<SinglePoint> singlePoints(List<String> sign, List<String> pass, List<String> change) {
        Map<String, List<String>> figures = new TreeMap<>();
        sign.forEach(
                name -> figures.computeIfAbsent(name, n -> new ArrayList<>()).add("sign_outside_policy"));
        pass.forEach(
                name -> figures.computeIfAbsent(name, n -> new ArrayList<>()).add("pass_policy"));
        change.forEach(
                name -> figures.computeIfAbsent(name, n -> new ArrayList<>()).add("change_policy"));
        List<SinglePoint> points = new ArrayList<>();
        figures.forEach((name, which) -> points.add(new SinglePoint(name, which)));
        return points;
    }
}
