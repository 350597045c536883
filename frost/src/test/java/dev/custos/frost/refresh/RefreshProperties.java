package dev.custos.frost.refresh;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Identifier;
import dev.custos.frost.dkg.LifecycleSetup;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Refresh over random {@code 2 <= t <= n <= 20} and all suites. */
class RefreshProperties {
    @Provide
    Arbitrary<LifecycleSetup> setups() {
        return LifecycleSetup.arbitrary();
    }

    @Property(tries = 10)
    void refresh_randomThreshold_keepsTheKeyAndOldSharesDoNotMix(@ForAll("setups") LifecycleSetup setup)
            throws Exception {
        Random random = setup.random();
        CeremonyResult old = LifecycleTesting.dealer(setup.suite(), setup.minSigners(), setup.maxSigners());
        List<Identifier> holders = List.copyOf(old.keyPackages().keySet());
        int refreshing = setup.minSigners() + random.nextInt(setup.maxSigners() - setup.minSigners() + 1);
        List<Identifier> participants = LifecycleTesting.randomSubset(holders, refreshing, random);

        CeremonyResult refreshed = RefreshCeremony.run(
                LifecycleTesting.select(old.keyPackages(), participants), old.publicKeyPackage(), RANDOM);

        Element groupKey = old.publicKeyPackage().verifyingKey().element();
        assertThat(refreshed.publicKeyPackage().verifyingKey())
                .isEqualTo(old.publicKeyPackage().verifyingKey());
        assertThat(refreshed.publicKeyPackage().verifyingShares().keySet()).containsExactlyElementsOf(participants);
        LifecycleTesting.assertConsistent(refreshed.keyPackages(), refreshed.publicKeyPackage());
        List<Identifier> signers = LifecycleTesting.randomSubset(participants, setup.minSigners(), random);
        assertThat(LifecycleTesting.interpolateVerifyingShares(refreshed.publicKeyPackage(), signers))
                .isEqualTo(groupKey);
        assertThat(LifecycleTesting.combineSigningShares(refreshed.keyPackages(), signers))
                .isEqualTo(groupKey);
        LifecycleTesting.signAndVerify(refreshed.keyPackages(), refreshed.publicKeyPackage(), signers);

        SortedMap<Identifier, KeyPackage> oneNew = new TreeMap<>(old.keyPackages());
        oneNew.put(signers.getFirst(), refreshed.keyPackages().get(signers.getFirst()));
        assertThat(LifecycleTesting.combineSigningShares(oneNew, signers)).isNotEqualTo(groupKey);
        SortedMap<Identifier, KeyPackage> oneOld = new TreeMap<>(refreshed.keyPackages());
        oneOld.put(signers.getLast(), old.keyPackages().get(signers.getLast()));
        assertThat(LifecycleTesting.combineSigningShares(oneOld, signers)).isNotEqualTo(groupKey);
    }
}
