package dev.custos.detect.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrganisationShapeTest {
    @Test
    void named_findsEveryShape_andNamesTheChoicesWhenUnknown() {
        for (OrganisationShape shape : OrganisationShape.ALL) {
            assertThat(OrganisationShape.named(shape.name().toUpperCase(Locale.ROOT)))
                    .isSameAs(shape);
        }
        assertThatThrownBy(() -> OrganisationShape.named("bank"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no organisation shape bank")
                .hasMessageContaining("apac-exchange");
    }

    @Test
    void roleShares_mustCoverEveryRoleAndSumToOne() {
        Map<Role, Double> shares = new EnumMap<>(OrganisationShape.STANDARD.roleShares());
        shares.put(Role.SUPPORT, 0.5);
        assertThatThrownBy(() -> copyWith(shares))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1");
        shares.remove(Role.SUPPORT);
        assertThatThrownBy(() -> copyWith(shares))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SUPPORT");
    }

    @Test
    void generate_usesTheShapesHomesRolesAndWallets() {
        OrganisationShape shape = OrganisationShape.APAC_EXCHANGE;
        Organisation organisation = Organisation.generate(new SplittableRandom(5), 200, shape);

        assertThat(organisation.people())
                .allSatisfy(person -> assertThat(shape.homes()).contains(person.home()));
        long engineers = organisation.people().stream()
                .filter(person -> person.role() == Role.ENGINEER)
                .count();
        assertThat(engineers).isEqualTo(60);
        assertThat(organisation.wallets()).extracting(Wallet::id).contains("hot-sol", "warm-sol");
        Wallet tron = organisation.wallets().stream()
                .filter(wallet -> wallet.id().equals("hot-tron"))
                .findFirst()
                .orElseThrow();
        Wallet standardTron = Organisation.generate(new SplittableRandom(5), 200).wallets().stream()
                .filter(wallet -> wallet.id().equals("hot-tron"))
                .findFirst()
                .orElseThrow();
        assertThat(tron.targetBalanceUsd()).isEqualTo(2 * standardTron.targetBalanceUsd());
    }

    @Test
    void peak_wrapsPastMidnight() {
        OrganisationShape shape = OrganisationShape.APAC_EXCHANGE;
        assertThat(shape.peak(0)).isTrue();
        assertThat(shape.peak(9)).isTrue();
        assertThat(shape.peak(10)).isFalse();
        assertThat(OrganisationShape.AMERICAS_CUSTODIAN.peak(22)).isTrue();
        assertThat(OrganisationShape.AMERICAS_CUSTODIAN.peak(23)).isFalse();
    }

    private static OrganisationShape copyWith(Map<Role, Double> shares) {
        OrganisationShape standard = OrganisationShape.STANDARD;
        return new OrganisationShape(
                "copy",
                shares,
                List.copyOf(standard.homes()),
                standard.withdrawalsPerDay(),
                standard.balanceFactors(),
                false,
                standard.payoutMedianUsd(),
                standard.payoutSigma(),
                standard.newCustomerShare(),
                standard.peakStartUtc(),
                standard.peakHours());
    }
}
