package dev.custos.crypto.vss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.group.Group;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import dev.custos.crypto.secret.SecretScalar;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Shamir sharing: thresholds reconstruct, fewer shares do not, shares verify against the Feldman commitment. */
class ShamirSharingProperties {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A t-of-n setup in one group with distinct identifiers, and a seed for choosing subsets. */
    record Setup(Group group, int threshold, List<Scalar> ids, long seed) {
        ScalarField field() {
            return group.scalarField();
        }

        /** {@code count} identifiers chosen by the seed. */
        List<Scalar> subset(int count) {
            List<Scalar> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, new Random(seed));
            return shuffled.subList(0, count);
        }
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<Group> groups = Arbitraries.of(Secp256k1Group.instance(), Ed25519Group.INSTANCE);
        Arbitrary<Integer> thresholds = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> extra = Arbitraries.integers().between(0, 3);
        Arbitrary<List<Long>> rawIds = Arbitraries.oneOf(
                        Arbitraries.longs().between(1, 20), Arbitraries.longs().between(1, Long.MAX_VALUE))
                .list()
                .ofSize(8)
                .uniqueElements();
        return Combinators.combine(groups, thresholds, extra, rawIds, Arbitraries.longs())
                .as((group, t, more, raw, seed) -> {
                    List<Scalar> ids = raw.subList(0, t + more).stream()
                            .map(group.scalarField()::of)
                            .toList();
                    return new Setup(group, t, ids, seed);
                });
    }

    private static ShamirShares split(Setup setup, Scalar secret) {
        return ShamirSharing.split(setup.group(), secret, setup.threshold(), setup.ids(), RANDOM);
    }

    private static Map<Scalar, Scalar> points(ShamirShares shares, List<Scalar> ids) {
        Map<Scalar, Scalar> points = new LinkedHashMap<>();
        for (Scalar id : ids) {
            points.put(id, shares.share(id).value());
        }
        return points;
    }

    @Property(tries = 40)
    void anyThresholdShares_interpolateToSecret(@ForAll("setups") Setup setup) {
        Scalar secret = setup.field().random(RANDOM);
        ShamirShares shares = split(setup, secret);
        Scalar recovered = Lagrange.interpolateAtZero(points(shares, setup.subset(setup.threshold())));
        assertThat(recovered).isEqualTo(secret);
    }

    @Property(tries = 40)
    void allShares_interpolateToSecret(@ForAll("setups") Setup setup) {
        Scalar secret = setup.field().random(RANDOM);
        ShamirShares shares = split(setup, secret);
        assertThat(Lagrange.interpolateAtZero(points(shares, setup.ids()))).isEqualTo(secret);
    }

    @Property(tries = 40)
    void fewerThanThresholdShares_doNotInterpolateToSecret(@ForAll("setups") Setup setup) {
        if (setup.threshold() < 2) {
            return;
        }
        Scalar secret = setup.field().random(RANDOM);
        ShamirShares shares = split(setup, secret);
        Scalar guess = Lagrange.interpolateAtZero(points(shares, setup.subset(setup.threshold() - 1)));
        assertThat(guess).isNotEqualTo(secret);
    }

    @Property(tries = 25)
    void shares_verifyAgainstCommitment(@ForAll("setups") Setup setup) {
        Scalar secret = setup.field().random(RANDOM);
        ShamirShares shares = split(setup, secret);
        FeldmanCommitment commitment = shares.commitment();
        assertThat(commitment.threshold()).isEqualTo(setup.threshold());
        assertThat(commitment.constantTerm()).isEqualTo(setup.group().multiplyGenerator(secret));
        for (Map.Entry<Scalar, SecretScalar> entry : shares.shares().entrySet()) {
            assertThat(commitment.verifyShare(entry.getKey(), entry.getValue().value()))
                    .isTrue();
        }
    }

    @Property(tries = 25)
    void tamperedShare_failsVerification(@ForAll("setups") Setup setup) {
        ShamirShares shares = split(setup, setup.field().random(RANDOM));
        Scalar id = setup.subset(1).getFirst();
        Scalar share = shares.share(id).value();
        Scalar tampered = share.add(setup.field().randomNonZero(RANDOM));
        assertThat(shares.commitment().verifyShare(id, tampered)).isFalse();
        Scalar otherId = id.add(setup.field().one());
        // with threshold 1 the polynomial is constant and every identifier holds the same share
        if (setup.threshold() > 1 && !setup.ids().contains(otherId)) {
            assertThat(shares.commitment().verifyShare(otherId, share)).isFalse();
        }
    }

    @Property(tries = 20)
    void destroy_wipesEveryShare(@ForAll("setups") Setup setup) {
        ShamirShares shares = split(setup, setup.field().random(RANDOM));
        List<Scalar> values =
                shares.shares().values().stream().map(SecretScalar::value).toList();
        shares.destroy();
        assertThat(shares.isDestroyed()).isTrue();
        assertThat(values).allMatch(Scalar::isZero);
    }
}
