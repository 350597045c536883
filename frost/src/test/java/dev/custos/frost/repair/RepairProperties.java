package dev.custos.frost.repair;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.frost.Identifier;
import dev.custos.frost.dkg.LifecycleSetup;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Repair over random {@code 2 <= t < n <= 20}, random helper sets and a random lost participant. */
class RepairProperties {
    @Provide
    Arbitrary<LifecycleSetup> setups() {
        return LifecycleSetup.arbitrary().filter(setup -> setup.minSigners() < setup.maxSigners());
    }

    @Property(tries = 10)
    void repair_randomHelpers_restoreExactlyTheLostShare(@ForAll("setups") LifecycleSetup setup) throws Exception {
        Random random = setup.random();
        CeremonyResult keys = LifecycleTesting.dealer(setup.suite(), setup.minSigners(), setup.maxSigners());
        List<Identifier> holders = new ArrayList<>(keys.keyPackages().keySet());
        Identifier lost = holders.remove(random.nextInt(holders.size()));
        int helperCount = setup.minSigners() + random.nextInt(holders.size() - setup.minSigners() + 1);
        List<Identifier> helpers = LifecycleTesting.randomSubset(holders, helperCount, random);

        KeyPackage repaired = RepairCeremony.run(
                keys.publicKeyPackage(),
                TestAuthorizations.of(lost, helpers),
                LifecycleTesting.select(keys.keyPackages(), helpers),
                RANDOM);

        assertThat(repaired.identifier()).isEqualTo(lost);
        assertThat(repaired.signingShare()
                        .equalsSecret(keys.keyPackages().get(lost).signingShare()))
                .isTrue();
        assertThat(repaired.verifyingShare()).isEqualTo(keys.publicKeyPackage().verifyingShare(lost));
    }
}
