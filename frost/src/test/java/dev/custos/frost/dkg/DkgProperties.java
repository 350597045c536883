package dev.custos.frost.dkg;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DKG over random {@code 2 <= t <= n <= 20} and all suites. */
class DkgProperties {
    private static final int SUBSETS = 3;

    @Provide
    Arbitrary<LifecycleSetup> setups() {
        return LifecycleSetup.arbitrary();
    }

    @Property(tries = 12)
    void dkg_randomThreshold_thresholdSubsetsReconstructAndSign(@ForAll("setups") LifecycleSetup setup)
            throws Exception {
        CeremonyResult result = DkgCeremony.run(setup.suite(), setup.minSigners(), setup.maxSigners(), RANDOM);
        PublicKeyPackage publicKeyPackage = result.publicKeyPackage();
        Element groupKey = publicKeyPackage.verifyingKey().element();
        List<Identifier> participants = List.copyOf(result.keyPackages().keySet());
        Random random = setup.random();

        assertThat(participants).hasSize(setup.maxSigners());
        LifecycleTesting.assertConsistent(result.keyPackages(), publicKeyPackage);
        for (int i = 0; i < SUBSETS; i++) {
            List<Identifier> subset = LifecycleTesting.randomSubset(participants, setup.minSigners(), random);
            assertThat(LifecycleTesting.interpolateVerifyingShares(publicKeyPackage, subset))
                    .isEqualTo(groupKey);
            assertThat(LifecycleTesting.combineSigningShares(result.keyPackages(), subset))
                    .isEqualTo(groupKey);
        }
        List<Identifier> tooFew = LifecycleTesting.randomSubset(participants, setup.minSigners() - 1, random);
        assertThat(LifecycleTesting.combineSigningShares(result.keyPackages(), tooFew))
                .isNotEqualTo(groupKey);
        LifecycleTesting.signAndVerify(
                result.keyPackages(),
                publicKeyPackage,
                LifecycleTesting.randomSubset(participants, setup.minSigners(), random));
    }
}
