package dev.custos.frost.lifecycle;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FeldmanChecksTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void evaluate_smallAndLargePoints_matchesTheCommitmentsOwnEvaluation(Ciphersuite suite) {
        Polynomial polynomial = Polynomial.random(suite.scalarField(), 5, RANDOM);
        FeldmanCommitment commitment = polynomial.commit(suite.group());
        for (Scalar x : List.of(
                suite.scalarField().of(1),
                suite.scalarField().of(2),
                suite.scalarField().of(20),
                suite.scalarField().of(65535),
                suite.scalarField().of((1L << 30) - 1),
                suite.scalarField().of(1L << 30),
                suite.scalarField().random(RANDOM))) {
            assertThat(FeldmanChecks.evaluate(commitment, x)).isEqualTo(commitment.evaluate(x));
            assertThat(FeldmanChecks.evaluate(commitment, x))
                    .isEqualTo(suite.group().multiplyGenerator(polynomial.evaluate(x)));
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void verifyShares_blamesOnlyTheDealersWithBadShares(Ciphersuite suite) {
        Identifier recipient = Identifier.of(suite, 3);
        Identifier good = Identifier.of(suite, 1);
        Identifier bad = Identifier.of(suite, 2);
        Polynomial first = Polynomial.random(suite.scalarField(), 2, RANDOM);
        Polynomial second = Polynomial.random(suite.scalarField(), 2, RANDOM);
        Map<Identifier, FeldmanCommitment> commitments =
                Map.of(good, first.commit(suite.group()), bad, second.commit(suite.group()));
        Scalar goodShare = first.evaluate(recipient.value());
        Scalar badShare =
                second.evaluate(recipient.value()).add(suite.scalarField().one());
        FeldmanCommitment sum = FeldmanChecks.sum(commitments.values());

        assertFrostFailure(
                () -> FeldmanChecks.verifyShares(
                        recipient,
                        goodShare.add(badShare),
                        FeldmanChecks.evaluate(sum, recipient.value()),
                        commitments,
                        Map.of(good, goodShare, bad, badShare)),
                FrostErrorCode.INVALID_SECRET_SHARE,
                bad);
    }
}
