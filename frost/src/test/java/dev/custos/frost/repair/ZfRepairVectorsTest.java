package dev.custos.frost.repair;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.TestVectors;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.VerifyingShare;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ZF FROST's {@code repair-share.json} (3-of-5, participant 2 repaired) through the Custos repair API, plus ZF's part 1
 * check, for all three suites.
 */
class ZfRepairVectorsTest {
    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "secp256k1", "secp256k1-tr"})
    void part2_zfDeltas_sumToTheVectorSigma(String suiteName) throws Exception {
        Ciphersuite suite = Ciphersuites.byName(suiteName);
        JsonNode values = TestVectors.json("lifecycle/" + suiteName + "/repair-share.json")
                .get("scalar_generation");
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 5);
        List<Identifier> helpers = LifecycleTesting.identifiers(suite, 1, 4, 5);
        Identifier self = helpers.get(1);
        RepairParameters parameters = new RepairParameters(
                SessionId.random(RANDOM),
                keys.publicKeyPackage(),
                TestAuthorizations.of(Identifier.of(suite, 2), helpers));
        List<RepairDelta> deltas = new ArrayList<>();
        List<RepairDeltaCommitments> commitments = new ArrayList<>();
        for (int k = 0; k < helpers.size(); k++) {
            Scalar delta = scalar(suite, values.get("random_scalar_" + (k + 1)));
            deltas.add(new RepairDelta(suite, parameters.boundSessionId(), helpers.get(k), self, delta));
            SortedMap<Identifier, Element> row = new TreeMap<>();
            for (Identifier helper : helpers) {
                row.put(
                        helper,
                        helper.equals(self)
                                ? suite.group().multiplyGenerator(delta)
                                : suite.group().generator());
            }
            commitments.add(new RepairDeltaCommitments(suite, parameters.boundSessionId(), helpers.get(k), row));
        }

        RepairSigma sigma = Repair.part2(parameters, self, commitments, deltas);

        assertThat(sigma.sigma()).isEqualTo(scalar(suite, values.get("random_scalar_sum")));
        assertThat(sigma.recipient()).isEqualTo(Identifier.of(suite, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "secp256k1", "secp256k1-tr"})
    void part3_zfSigmas_sumToTheVectorShare(String suiteName) throws Exception {
        Ciphersuite suite = Ciphersuites.byName(suiteName);
        JsonNode values = TestVectors.json("lifecycle/" + suiteName + "/repair-share.json")
                .get("sigma_generation");
        Scalar expected = scalar(suite, values.get("sigma_sum"));
        Identifier lost = Identifier.of(suite, 2);
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 5);
        // ZF checks part 3 against an unrelated key package; here the lost participant's verifying share is the one
        // the vector's share implies, so that the Custos check against the public key package passes.
        SortedMap<Identifier, VerifyingShare> shares =
                new TreeMap<>(keys.publicKeyPackage().verifyingShares());
        shares.put(lost, new VerifyingShare(suite, suite.group().multiplyGenerator(expected)));
        PublicKeyPackage publicKeyPackage =
                new PublicKeyPackage(suite, shares, keys.publicKeyPackage().verifyingKey(), 3);
        List<Identifier> helpers = LifecycleTesting.identifiers(suite, 1, 3, 4, 5);
        RepairParameters parameters =
                new RepairParameters(SessionId.random(RANDOM), publicKeyPackage, TestAuthorizations.of(lost, helpers));
        List<RepairSigma> sigmas = new ArrayList<>();
        List<RepairDeltaCommitments> commitments = new ArrayList<>();
        for (int k = 0; k < helpers.size(); k++) {
            Scalar sigma = scalar(suite, values.get("sigma_" + (k + 1)));
            sigmas.add(new RepairSigma(suite, parameters.boundSessionId(), helpers.get(k), lost, sigma));
            SortedMap<Identifier, Element> row = new TreeMap<>();
            helpers.forEach(helper -> row.put(helper, suite.group().generator()));
            commitments.add(new RepairDeltaCommitments(suite, parameters.boundSessionId(), helpers.get(k), row));
        }

        KeyPackage repaired = Repair.part3(parameters, commitments, sigmas);

        assertThat(repaired.signingShare().scalar()).isEqualTo(expected);
        assertThat(repaired.identifier()).isEqualTo(lost);
        assertThat(repaired.minSigners()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "secp256k1", "secp256k1-tr"})
    void part1_deltas_sumToTheLagrangeWeightedShare(String suiteName) throws Exception {
        Ciphersuite suite = Ciphersuites.byName(suiteName);
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 5);
        List<Identifier> helpers = LifecycleTesting.identifiers(suite, 1, 4, 5);
        RepairParameters parameters = new RepairParameters(
                SessionId.random(RANDOM),
                keys.publicKeyPackage(),
                TestAuthorizations.of(Identifier.of(suite, 2), helpers));
        KeyPackage helper = keys.keyPackages().get(helpers.get(1));

        RepairDeltas deltas = Repair.part1(parameters, helper, RANDOM);

        Scalar sum = suite.scalarField().zero();
        for (RepairDelta delta : deltas.deltas().values()) {
            sum = sum.add(delta.delta());
            assertThat(suite.group().multiplyGenerator(delta.delta()))
                    .isEqualTo(deltas.commitments().commitments().get(delta.recipient()));
        }
        // zeta_4 for helpers {1, 4, 5} at x = 2: (2-1)(2-5) / ((4-1)(4-5)) = 1
        assertThat(parameters.lagrangeCoefficient(helpers.get(1)))
                .isEqualTo(suite.scalarField().one());
        assertThat(sum).isEqualTo(helper.signingShare().scalar());
        assertThat(deltas.deltas().keySet()).containsExactlyElementsOf(helpers);
    }

    private static Scalar scalar(Ciphersuite suite, JsonNode node) throws Exception {
        return suite.scalarField().decode(TestVectors.hex(node));
    }
}
