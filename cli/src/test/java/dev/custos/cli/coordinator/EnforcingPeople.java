package dev.custos.cli.coordinator;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.policy.verdict.SignedVerdict;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What surrounds enforcing nodes in the multi-process test: the detection service's verdict key, a policy document
 * for one ECDSA wallet, and Ethereum payments with signed verdicts.
 */
final class EnforcingPeople {
    static final String RECIPIENT = "0x1111111111111111111111111111111111111111";
    static final String ATTACKER = "0x2222222222222222222222222222222222222222";
    static final BigInteger ETHER = BigInteger.TEN.pow(18);

    final DeviceKey detection = DeviceKey.generate(new SecureRandom());
    final DeviceKey treasurer = DeviceKey.generate(new SecureRandom());

    /**
     * Version {@code version}: ETH at 2000 USD, {@link #RECIPIENT} allowlisted long ago; payments to it up to 10,000
     * USD are allowed, anything else to an unlisted destination is denied.
     */
    String policy(long version, String ecdsaWallet) {
        HexFormat hex = HexFormat.of();
        return """
                {"policy_version": %d, "name": "multi-process",
                 "approvers": [{"name": "treasurer", "public_key": "%s", "groups": ["treasury"]}],
                 "wallets": [{"id": "%s", "tier": "hot", "chain": "ethereum"}],
                 "prices": {"as_of": "2026-03-01", "assets": [
                   {"chain": "ethereum", "asset": "native", "usd": "2000", "decimals": 18}]},
                 "detection": {"verdict_key": "%s"},
                 "destinations": [{"address": "%s", "label": "exchange", "added_at": "2020-01-01T00:00:00Z"}],
                 "rules": [
                   {"id": "deny-unlisted-destination", "effect": "deny", "condition": "!destination.active"},
                   {"id": "deny-large", "effect": "deny", "condition": "amount_usd > 10000.0"},
                   {"id": "allow-active-destination", "effect": "allow", "condition": "destination.active"}]}
                """.formatted(
                        version,
                        hex.formatHex(treasurer.publicKey()),
                        ecdsaWallet,
                        hex.formatHex(detection.publicKey()),
                        RECIPIENT);
    }

    /** A request to pay {@code ether} ETH to {@code to} from {@code wallet}, with a clean verdict for it. */
    SignRequest payment(String wallet, String id, String to, long ether, long nonce) throws DecodingException {
        byte[] raw = new DynamicFeeTransaction(
                        BigInteger.ONE,
                        BigInteger.valueOf(nonce),
                        BigInteger.valueOf(1_000_000_000L),
                        BigInteger.valueOf(30_000_000_000L),
                        BigInteger.valueOf(21_000),
                        Optional.of(Address.fromHex(to)),
                        ETHER.multiply(BigInteger.valueOf(ether)),
                        new byte[0],
                        List.of(),
                        Optional.empty())
                .encode();
        return SignRequest.of(
                new TypedPayload(PayloadType.ETHEREUM_RAW_TX, raw),
                id,
                "alice",
                List.of(),
                Optional.of(verdict(raw, wallet, id)));
    }

    /**
     * A request to sign a legacy Solana message in which {@code payer} (an Ed25519 wallet's key) pays {@code lamports}
     * to another account: the payload is signable, but enforcing nodes derive no policy facts from Solana messages.
     */
    static SignRequest solanaPayment(byte[] payer, String id, long lamports) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {1, 0, 1, 3});
        out.writeBytes(payer);
        byte[] recipient = new byte[32];
        java.util.Arrays.fill(recipient, (byte) 0x11);
        out.writeBytes(recipient);
        out.writeBytes(new byte[32]);
        byte[] blockhash = new byte[32];
        blockhash[0] = 7;
        out.writeBytes(blockhash);
        out.writeBytes(new byte[] {1, 2, 2, 0, 1, 12, 2, 0, 0, 0});
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        return SignRequest.of(
                new TypedPayload(PayloadType.SOLANA_MESSAGE, out.toByteArray()),
                id,
                "alice",
                List.of(),
                Optional.empty());
    }

    private DetectionVerdict verdict(byte[] raw, String wallet, String id) throws DecodingException {
        Intent intent =
                IntentDecoder.withWellKnownFunctions(AddressBook.empty()).decodeRawTransaction(raw);
        byte[] digest = ApprovalDigest.of(
                ApprovalSubjects.rawTransaction(intent.transaction().orElseThrow(), intent)
                        .facts(wallet, id, 1, Instant.EPOCH));
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        Instant expires = issued.plusSeconds(900);
        byte[] signature = detection.sign(SignedVerdict.signedMessage(digest, 5, List.of("clean"), issued, expires));
        return new DetectionVerdict(digest, 5, List.of("clean"), issued, expires, signature);
    }
}
