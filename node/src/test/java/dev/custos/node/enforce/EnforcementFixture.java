package dev.custos.node.enforce;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.LegacyTransaction;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.policy.verdict.SignedVerdict;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** A policy, payloads and verdicts for the node's enforcement tests, and a clock the test moves. */
final class EnforcementFixture {
    static final String RECIPIENT = "0x1111111111111111111111111111111111111111";
    static final String WALLET = "hot-eth";
    static final Instant START = Instant.parse("2026-06-01T12:00:00Z");
    static final WalletRecord RECORD =
            new WalletRecord(new WalletId(WALLET), Scheme.ECDSA_SECP256K1, List.of("a", "b"), 2, new byte[33]);

    final DeviceKey detection = DeviceKey.generate(new SecureRandom());
    final MovableClock clock = new MovableClock(START);

    /** Allows payments to the allowlisted recipient; 1,000 USD or more wait an hour (a time lock). */
    String policy(long version) {
        return """
                {"policy_version": %d, "name": "node test",
                 "wallets": [{"id": "hot-eth", "tier": "hot", "chain": "ethereum"}],
                 "prices": {"assets": [{"chain": "ethereum", "asset": "native", "usd": "2000", "decimals": 18}]},
                 "detection": {"verdict_key": "%s"},
                 "destinations": [{"address": "%s", "label": "exchange", "added_at": "2020-01-01T00:00:00Z"}],
                 "rules": [
                   {"id": "cool-off", "effect": {"delay": {"seconds": 3600}}, "condition": "amount_usd >= 1000.0"},
                   {"id": "allow-active-destination", "effect": "allow", "condition": "destination.active"}]}
                """.formatted(version, HexFormat.of().formatHex(detection.publicKey()), RECIPIENT);
    }

    /** Request {@code id} paying {@code wei} to the recipient, with a verdict of score 0 under policy {@code version}. */
    SigningInput input(String id, BigInteger wei, long nonce, long version) throws DecodingException {
        byte[] raw = new DynamicFeeTransaction(
                        BigInteger.ONE,
                        BigInteger.valueOf(nonce),
                        BigInteger.ONE,
                        BigInteger.TEN,
                        BigInteger.valueOf(21_000),
                        Optional.of(Address.fromHex(RECIPIENT)),
                        wei,
                        new byte[0],
                        List.of(),
                        Optional.empty())
                .encode();
        return new SigningInput(
                RECORD,
                SignRequest.of(
                        new TypedPayload(PayloadType.ETHEREUM_RAW_TX, raw),
                        id,
                        "alice",
                        List.of(),
                        Optional.of(verdict(raw, id, version))));
    }

    /** A legacy transaction without EIP-155 chain id: replayable on every chain. */
    static SigningInput unprotected(String id) throws DecodingException {
        byte[] raw = new LegacyTransaction(
                        Optional.empty(),
                        BigInteger.ZERO,
                        BigInteger.ONE,
                        BigInteger.valueOf(21_000),
                        Optional.of(Address.fromHex(RECIPIENT)),
                        BigInteger.ONE,
                        new byte[0],
                        Optional.empty())
                .encode();
        return new SigningInput(
                RECORD,
                SignRequest.of(
                        new TypedPayload(PayloadType.ETHEREUM_RAW_TX, raw), id, "alice", List.of(), Optional.empty()));
    }

    private DetectionVerdict verdict(byte[] raw, String id, long version) throws DecodingException {
        Intent intent =
                IntentDecoder.withWellKnownFunctions(AddressBook.empty()).decodeRawTransaction(raw);
        byte[] digest = ApprovalDigest.of(
                ApprovalSubjects.rawTransaction(intent.transaction().orElseThrow(), intent)
                        .facts(WALLET, id, version, Instant.EPOCH));
        Instant issued = START.minusSeconds(60);
        Instant expires = START.plus(Duration.ofDays(3));
        return new DetectionVerdict(
                digest,
                0,
                List.of(),
                issued,
                expires,
                detection.sign(SignedVerdict.signedMessage(digest, 0, List.of(), issued, expires)));
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
