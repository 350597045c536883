package dev.custos.frost.reshare;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Identifier;
import dev.custos.frost.dkg.LifecycleSetup;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reshare from random {@code (t, n)} to random {@code (t', n')}, {@code 2 <= t <= n <= 20}, {@code 2 <= t' <= n' <= 20},
 * with new identifiers drawn from {@code 1..40} so that the committees sometimes overlap and sometimes do not.
 */
class ReshareProperties {
    @Provide
    Arbitrary<LifecycleSetup> setups() {
        return LifecycleSetup.arbitrary();
    }

    @Property(tries = 10)
    void reshare_randomCommittees_keepsTheKeyAndOnlyNewThresholdSetsWork(@ForAll("setups") LifecycleSetup setup)
            throws Exception {
        Random random = setup.random();
        CeremonyResult old = LifecycleTesting.dealer(setup.suite(), setup.minSigners(), setup.maxSigners());
        PublicKeyPackage oldPackage = old.publicKeyPackage();
        int dealerCount = setup.minSigners() + random.nextInt(setup.maxSigners() - setup.minSigners() + 1);
        List<Identifier> dealers =
                LifecycleTesting.randomSubset(old.keyPackages().keySet(), dealerCount, random);
        int newSize = 2 + random.nextInt(LifecycleSetup.MAX_PARTICIPANTS - 1);
        int newThreshold = 2 + random.nextInt(newSize - 1);
        List<Identifier> pool = new ArrayList<>();
        for (int i = 1; i <= 2 * LifecycleSetup.MAX_PARTICIPANTS; i++) {
            pool.add(Identifier.of(setup.suite(), i));
        }
        List<Identifier> committee = LifecycleTesting.randomSubset(pool, newSize, random);

        CeremonyResult reshared = ReshareCeremony.run(
                oldPackage, LifecycleTesting.select(old.keyPackages(), dealers), committee, newThreshold, RANDOM);

        PublicKeyPackage newPackage = reshared.publicKeyPackage();
        Element groupKey = oldPackage.verifyingKey().element();
        assertThat(newPackage.verifyingKey()).isEqualTo(oldPackage.verifyingKey());
        assertThat(newPackage.minSigners()).isEqualTo(newThreshold);
        assertThat(newPackage.verifyingShares().keySet()).containsExactlyElementsOf(committee);
        LifecycleTesting.assertConsistent(reshared.keyPackages(), newPackage);
        List<Identifier> signers = LifecycleTesting.randomSubset(committee, newThreshold, random);
        assertThat(LifecycleTesting.combineSigningShares(reshared.keyPackages(), signers))
                .isEqualTo(groupKey);
        assertThat(LifecycleTesting.interpolateVerifyingShares(newPackage, signers))
                .isEqualTo(groupKey);
        LifecycleTesting.signAndVerify(reshared.keyPackages(), newPackage, signers);
        List<Identifier> tooFew = LifecycleTesting.randomSubset(committee, newThreshold - 1, random);
        assertThat(LifecycleTesting.combineSigningShares(reshared.keyPackages(), tooFew))
                .isNotEqualTo(groupKey);

        SortedMap<Identifier, KeyPackage> withOld = new TreeMap<>(reshared.keyPackages());
        int replaced = 0;
        for (Identifier signer : signers) {
            KeyPackage oldKey = old.keyPackages().get(signer);
            if (oldKey != null) {
                assertThat(oldKey.verifyingShare()).isNotEqualTo(newPackage.verifyingShare(signer));
                withOld.put(signer, oldKey);
                replaced++;
            }
        }
        if (replaced > 0) {
            Element mixed = LifecycleTesting.combineSigningShares(withOld, signers);
            if (replaced == signers.size() && signers.size() >= oldPackage.minSigners()) {
                // Old shares only, and enough of them: they still give the key, which is why old shares are deleted.
                assertThat(mixed).isEqualTo(groupKey);
            } else {
                assertThat(mixed).isNotEqualTo(groupKey);
            }
        }
    }
}
