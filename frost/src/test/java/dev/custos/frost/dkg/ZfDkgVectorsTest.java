package dev.custos.frost.dkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.TestVectors;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.LifecycleOutput;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ZF FROST's DKG vectors ({@code vectors_dkg.json}) in {@link ProofBinding#ZF_COMPATIBLE} mode, for all three suites. */
class ZfDkgVectorsTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "secp256k1", "secp256k1-tr"})
    void dkg_zfVectors_reproduceSharesAndKeys(String suiteName) throws Exception {
        Vectors vectors = new Vectors(suiteName);
        for (Identifier self : vectors.parameters.participants()) {
            JsonNode mine = vectors.participant(self);
            DkgRound1 round1 = Dkg.part1(vectors.parameters, self, vectors.polynomial(self), RANDOM);
            assertThat(round1.round1Package().commitment())
                    .isEqualTo(vectors.round1Package(self).commitment());

            DkgRound2 round2 = round1.part2(vectors.round1PackagesFor(self));
            for (Map.Entry<Identifier, Round2Package> outgoing :
                    round2.round2Packages().entrySet()) {
                JsonNode recipient = vectors.participant(outgoing.getKey());
                Scalar expected = vectors.scalar(recipient.get("signing_shares").get(vectors.name(self)));
                assertThat(outgoing.getValue().share()).isEqualTo(expected);
            }

            LifecycleOutput output = round2.part3(vectors.round2PackagesFor(self));
            assertThat(output.keyPackage().signingShare().scalar())
                    .isEqualTo(vectors.scalar(mine.get("signing_share")));
            assertThat(output.keyPackage().verifyingShare().encode())
                    .isEqualTo(TestVectors.hex(mine.get("verifying_share")));
            assertThat(output.keyPackage().verifyingKey().encode())
                    .isEqualTo(TestVectors.hex(vectors.inputs.get("verifying_key")));
            assertThat(output.keyPackage().minSigners()).isEqualTo(2);
            PublicKeyPackage publicKeyPackage = output.publicKeyPackage();
            assertThat(publicKeyPackage.verifyingKey())
                    .isEqualTo(output.keyPackage().verifyingKey());
            for (Identifier participant : vectors.parameters.participants()) {
                assertThat(publicKeyPackage.verifyingShare(participant).encode())
                        .isEqualTo(
                                TestVectors.hex(vectors.participant(participant).get("verifying_share")));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "secp256k1", "secp256k1-tr"})
    void dkg_zfVectorProofsInCustosMode_areRejectedNamingAllSenders(String suiteName) throws Exception {
        Vectors vectors = new Vectors(suiteName);
        DkgParameters custos = new DkgParameters(
                vectors.suite,
                vectors.parameters.sessionId(),
                2,
                vectors.parameters.participants(),
                ProofBinding.CUSTOS_SESSION);
        Identifier self = Identifier.of(vectors.suite, 1);
        DkgRound1 round1 = Dkg.part1(custos, self, vectors.polynomial(self), RANDOM);

        assertThatThrownBy(() -> round1.part2(vectors.round1PackagesFor(self)))
                .isInstanceOfSatisfying(FrostException.class, e -> {
                    assertThat(e.code()).isEqualTo(FrostErrorCode.INVALID_PROOF_OF_KNOWLEDGE);
                    assertThat(e.culprits())
                            .containsExactly(Identifier.of(vectors.suite, 2), Identifier.of(vectors.suite, 3));
                });
    }

    /** The parsed {@code vectors_dkg.json} of one suite. */
    private static final class Vectors {
        final Ciphersuite suite;
        final JsonNode inputs;
        final DkgParameters parameters;

        Vectors(String suiteName) {
            suite = Ciphersuites.byName(suiteName);
            JsonNode json = TestVectors.json("lifecycle/" + suiteName + "/vectors_dkg.json");
            inputs = json.get("inputs");
            int minSigners = json.get("config").get("MIN_PARTICIPANTS").asInt();
            int maxSigners = json.get("config").get("MAX_PARTICIPANTS").asInt();
            List<Identifier> participants = new ArrayList<>();
            for (int i = 1; i <= maxSigners; i++) {
                participants.add(Identifier.of(
                        suite, inputs.get(String.valueOf(i)).get("identifier").asInt()));
            }
            parameters = new DkgParameters(
                    suite, SessionId.of(new byte[32]), minSigners, participants, ProofBinding.ZF_COMPATIBLE);
        }

        String name(Identifier identifier) {
            return identifier.value().toBigInteger().toString();
        }

        JsonNode participant(Identifier identifier) {
            return inputs.get(name(identifier));
        }

        Scalar scalar(JsonNode node) throws Exception {
            return suite.scalarField().decode(TestVectors.hex(node));
        }

        Polynomial polynomial(Identifier identifier) throws Exception {
            JsonNode data = participant(identifier);
            return Polynomial.of(List.of(scalar(data.get("signing_key")), scalar(data.get("coefficient"))));
        }

        Round1Package round1Package(Identifier sender) throws Exception {
            JsonNode data = participant(sender);
            List<byte[]> encodings = new ArrayList<>();
            data.get("vss_commitments").forEach(node -> encodings.add(TestVectors.hex(node)));
            return new Round1Package(
                    suite,
                    parameters.sessionId(),
                    sender,
                    FeldmanCommitment.decode(suite.group(), encodings),
                    suite.decodeSignature(TestVectors.hex(data.get("proof_of_knowledge"))));
        }

        List<Round1Package> round1PackagesFor(Identifier self) throws Exception {
            List<Round1Package> packages = new ArrayList<>();
            for (Identifier other : parameters.participants()) {
                if (!other.equals(self)) {
                    packages.add(round1Package(other));
                }
            }
            return packages;
        }

        /** Participant {@code self}'s {@code signing_shares[j]} is the share it received from {@code j}. */
        List<Round2Package> round2PackagesFor(Identifier self) throws Exception {
            List<Round2Package> packages = new ArrayList<>();
            JsonNode received = participant(self).get("signing_shares");
            for (Identifier other : parameters.participants()) {
                if (!other.equals(self)) {
                    packages.add(new Round2Package(
                            suite, parameters.sessionId(), other, self, scalar(received.get(name(other)))));
                }
            }
            return packages;
        }
    }
}
