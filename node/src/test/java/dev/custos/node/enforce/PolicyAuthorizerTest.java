package dev.custos.node.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningInput;
import dev.custos.node.keystore.SecretStore;
import dev.custos.node.policy.SignedPolicy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyAuthorizerTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigInteger ETHER = BigInteger.TEN.pow(18);

    @TempDir
    Path folder;

    private final EnforcementFixture fixture = new EnforcementFixture();
    private final SigningKey admin = SigningKey.generate(RANDOM);
    private final AdminQuorum admins = new AdminQuorum(1, List.of(admin.publicKey()));
    private final SecretStore secrets = SecretStore.inMemory();

    private PolicyAuthorizer open() throws Exception {
        return PolicyAuthorizer.open(secrets, admins, folder, fixture.clock);
    }

    private void install(PolicyAuthorizer authorizer, long version, String document) throws Exception {
        authorizer
                .policies()
                .install(SignedPolicy.sign(version, document.getBytes(StandardCharsets.UTF_8), List.of(admin)), admins);
    }

    @Test
    void withoutAnInstalledPolicyNothingIsSigned() throws Exception {
        Authorization decision = open().authorize(fixture.input("r-1", ETHER.divide(BigInteger.TEN), 0, 1));
        assertThat(decision)
                .isEqualTo(new Authorization.Refused("no policy is installed on this node: it signs nothing until a"
                        + " quorum of its committee's admins installs one"));
    }

    @Test
    void aDocumentWhoseVersionIsNotTheSignedOneIsNotEnforced() throws Exception {
        PolicyAuthorizer authorizer = open();
        install(authorizer, 2, fixture.policy(1));
        assertThat(authorizer.authorize(fixture.input("r-1", BigInteger.ONE, 0, 2)))
                .isEqualTo(new Authorization.Refused(
                        "the installed policy was signed as version 2 but its document says policy_version 1"));
    }

    @Test
    void allowedRequestIsSignedOverItsOwnBytesAndRecordedBeforeTheDecisionReturns() throws Exception {
        PolicyAuthorizer authorizer = open();
        install(authorizer, 1, fixture.policy(1));
        SigningInput input = fixture.input("r-small", ETHER.divide(BigInteger.TEN), 0, 1);

        Authorization decision = authorizer.authorize(input);

        assertThat(decision).isInstanceOf(Authorization.Authorized.class);
        byte[] hash = dev.custos.chain.ethereum.TransactionDecoder.decode(
                        input.payload().bytes())
                .signingHash()
                .bytes();
        assertThat(((Authorization.Authorized) decision).message()).isEqualTo(hash);
        assertThat(RequestLedger.open(folder.resolve("jobs").resolve("requests"), fixture.clock.instant())
                        .spend("r-small")
                        .orElseThrow()
                        .spent()
                        .amountUsd()
                        .value())
                .isEqualByComparingTo("200");
        assertThat(authorizer.authorize(input)).isEqualTo(decision);
        assertThat(authorizer.ledger().size()).isEqualTo(1);
    }

    @Test
    void timeLockRunsFromWhenTheNodeFirstSawTheRequestAcrossARestart() throws Exception {
        PolicyAuthorizer authorizer = open();
        install(authorizer, 1, fixture.policy(1));
        SigningInput large = fixture.input("r-large", ETHER, 0, 1);

        Authorization early = authorizer.authorize(large);
        assertThat(early).isInstanceOf(Authorization.Refused.class);
        assertThat(((Authorization.Refused) early).reason())
                .startsWith("time lock: policy version 1 lets request r-large be signed from 2026-06-01T13:00:00Z");
        fixture.clock.advance(Duration.ofMinutes(59));
        assertThat(open().authorize(large)).isInstanceOf(Authorization.Refused.class);
        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(open().authorize(large)).isInstanceOf(Authorization.Authorized.class);
    }

    @Test
    void aPayloadTheNodeCannotDeriveIsRefusedBeforeThePolicyIsAsked() throws Exception {
        PolicyAuthorizer authorizer = open();
        install(authorizer, 1, fixture.policy(1));
        assertThat(authorizer.authorize(EnforcementFixture.unprotected("r-legacy")))
                .isEqualTo(new Authorization.Refused(
                        "the legacy transaction has no EIP-155 chain id (replayable on any chain)"));
        assertThat(authorizer.ledger().size()).isZero();
    }
}
