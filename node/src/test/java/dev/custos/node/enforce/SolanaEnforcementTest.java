package dev.custos.node.enforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import dev.custos.chain.solana.SolanaAddress;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import dev.custos.node.keystore.SecretStore;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.policy.verdict.SignedVerdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enforcing node decides Solana messages on their bytes: a transfer to the allowlisted partner within the limit is
 * signed (over the message itself), one to a stranger or one calling a program nobody declared is refused by rule.
 */
class SolanaEnforcementTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] WALLET_KEY = filled(0x11);
    private static final byte[] PARTNER = filled(0x22);
    private static final byte[] STRANGER = filled(0x33);
    private static final long SOL = 1_000_000_000L;

    @TempDir
    Path folder;

    private final EnforcementFixture fixture = new EnforcementFixture();
    private final SigningKey admin = SigningKey.generate(RANDOM);
    private final AdminQuorum admins = new AdminQuorum(1, List.of(admin.publicKey()));

    @Test
    void solanaTransfersAreDecidedOnTheirBytes() throws Exception {
        PolicyAuthorizer authorizer = PolicyAuthorizer.open(SecretStore.inMemory(), admins, folder, fixture.clock);
        String policy = """
                {"policy_version": 1, "name": "solana at the node",
                 "wallets": [{"id": "hot-sol", "tier": "hot", "chain": "solana", "own_addresses": ["%s"]}],
                 "prices": {"assets": [{"chain": "solana", "asset": "native", "usd": "150", "decimals": 9}]},
                 "destinations": [{"address": "%s", "label": "market maker", "added_at": "2020-01-01T00:00:00Z"}],
                 "detection": {"verdict_key": "%s"},
                 "rules": [
                   {"id": "deny-unknown-program", "effect": "deny", "condition": "'unknown_target' in flags"},
                   {"id": "small-only", "effect": "deny", "condition": "amount_usd > 1000.0"},
                   {"id": "allow-active-destination", "effect": "allow", "condition": "destination.active"}]}
                """.formatted(
                        SolanaAddress.of(WALLET_KEY),
                        SolanaAddress.of(PARTNER),
                        HexFormat.of().formatHex(fixture.detection.publicKey()));
        authorizer
                .policies()
                .install(SignedPolicy.sign(1, policy.getBytes(StandardCharsets.UTF_8), List.of(admin)), admins);

        byte[] payment = transfer(PARTNER, 2 * SOL, false);
        Authorization allowed = authorizer.authorize(input("r-sol-1", payment));
        assertThat(allowed).isInstanceOf(Authorization.Authorized.class);
        assertThat(((Authorization.Authorized) allowed).message()).isEqualTo(payment);

        assertThat(authorizer.authorize(input("r-sol-2", transfer(STRANGER, SOL, false))))
                .isInstanceOfSatisfying(
                        Authorization.Refused.class,
                        refused -> assertThat(refused.reason()).contains("denies"));
        assertThat(authorizer.authorize(input("r-sol-3", transfer(PARTNER, 10 * SOL, false))))
                .isInstanceOfSatisfying(
                        Authorization.Refused.class,
                        refused -> assertThat(refused.reason()).contains("small-only"));
        assertThat(authorizer.authorize(input("r-sol-4", transfer(PARTNER, SOL, true))))
                .isInstanceOfSatisfying(
                        Authorization.Refused.class,
                        refused -> assertThat(refused.reason()).contains("deny-unknown-program"));
    }

    /** Request {@code id} for {@code message}, with a verdict of score 0 from the detection key under version 1. */
    private SigningInput input(String id, byte[] message) throws DecodingException {
        byte[] digest = ApprovalDigest.of(
                ApprovalSubjects.solana(message, "mainnet-beta").facts("hot-sol", id, 1, Instant.EPOCH));
        Instant issued = EnforcementFixture.START.minusSeconds(60);
        Instant expires = EnforcementFixture.START.plus(Duration.ofDays(3));
        DetectionVerdict verdict = new DetectionVerdict(
                digest,
                0,
                List.of(),
                issued,
                expires,
                fixture.detection.sign(SignedVerdict.signedMessage(digest, 0, List.of(), issued, expires)));
        return new SigningInput(
                new WalletRecord(new WalletId("hot-sol"), Scheme.FROST_ED25519, List.of("a", "b"), 2, WALLET_KEY),
                SignRequest.of(
                        new TypedPayload(PayloadType.SOLANA_MESSAGE, message),
                        id,
                        "alice",
                        List.of(),
                        Optional.of(verdict)));
    }

    /** A legacy message the wallet pays for: a System transfer, and optionally a call of an undeclared program. */
    private static byte[] transfer(byte[] recipient, long lamports, boolean withUnknownProgram) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int accounts = withUnknownProgram ? 4 : 3;
        out.writeBytes(new byte[] {1, 0, (byte) (accounts - 2), (byte) accounts});
        out.writeBytes(WALLET_KEY);
        out.writeBytes(recipient);
        out.writeBytes(new byte[32]);
        if (withUnknownProgram) {
            out.writeBytes(filled(0x44));
        }
        out.writeBytes(filled(7));
        out.write(withUnknownProgram ? 2 : 1);
        out.writeBytes(new byte[] {2, 2, 0, 1, 12, 2, 0, 0, 0});
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        if (withUnknownProgram) {
            out.writeBytes(new byte[] {3, 1, 0, 1, 9});
        }
        return out.toByteArray();
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
