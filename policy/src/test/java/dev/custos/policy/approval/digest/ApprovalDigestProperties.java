package dev.custos.policy.approval.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.intent.Transfer;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every field of the facts is bound: changing any one of them changes the digest. */
class ApprovalDigestProperties {
    private static final String ADDRESS = "0x" + "12".repeat(20);

    @Property(tries = 200)
    void changingAnyField_changesTheDigest(@ForAll("facts") ApprovalFacts facts, @ForAll("edits") Edit edit) {
        ApprovalFacts changed = edit.change().apply(facts);

        assertThat(changed).as(edit.name()).isNotEqualTo(facts);
        assertThat(ApprovalDigest.of(changed)).as(edit.name()).isNotEqualTo(ApprovalDigest.of(facts));
    }

    @Property(tries = 200)
    void equalFacts_giveEqualDigests(@ForAll("facts") ApprovalFacts facts) {
        ApprovalFacts copy = facts.withTerms(facts.policyVersion(), facts.expiresAt());

        assertThat(ApprovalDigest.of(copy)).isEqualTo(ApprovalDigest.of(facts));
    }

    @Property(tries = 100)
    void reorderingTransfers_changesTheDigest(@ForAll("facts") ApprovalFacts facts) {
        Transfer first = new Transfer(Transfer.Kind.NATIVE, "native", "0x" + "56".repeat(20), BigInteger.ONE);
        Transfer second = new Transfer(Transfer.Kind.NATIVE, "native", "0x" + "78".repeat(20), BigInteger.ONE);
        List<Transfer> forward = new ArrayList<>(facts.transfers());
        forward.addAll(List.of(first, second));
        List<Transfer> backward = new ArrayList<>(facts.transfers());
        backward.addAll(List.of(second, first));

        assertThat(ApprovalDigest.of(
                        with(facts, facts.network(), facts.walletId(), facts.signedHash(), forward, facts.requestId())))
                .isNotEqualTo(ApprovalDigest.of(with(
                        facts, facts.network(), facts.walletId(), facts.signedHash(), backward, facts.requestId())));
    }

    /** A named change of one field. */
    record Edit(String name, UnaryOperator<ApprovalFacts> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Arbitraries.of(
                new Edit(
                        "network",
                        f -> with(
                                f,
                                new BigInteger(f.network()).add(BigInteger.ONE).toString(),
                                f.walletId(),
                                f.signedHash(),
                                f.transfers(),
                                f.requestId())),
                new Edit(
                        "wallet id",
                        f -> with(f, f.network(), f.walletId() + "x", f.signedHash(), f.transfers(), f.requestId())),
                new Edit(
                        "payload kind",
                        f -> new ApprovalFacts(
                                f.chain(),
                                f.network(),
                                f.walletId(),
                                f.payloadKind() == PayloadKind.RAW_TX ? PayloadKind.SAFE_TX : PayloadKind.RAW_TX,
                                f.signedHash(),
                                f.transfers(),
                                f.policyVersion(),
                                f.expiresAt(),
                                f.requestId())),
                new Edit("signed hash", f -> {
                    byte[] hash = f.signedHash();
                    hash[31] ^= 1;
                    return with(f, f.network(), f.walletId(), hash, f.transfers(), f.requestId());
                }),
                new Edit("transfer added", f -> {
                    List<Transfer> transfers = new ArrayList<>(f.transfers());
                    transfers.add(new Transfer(Transfer.Kind.NATIVE, "native", ADDRESS, BigInteger.ZERO));
                    return with(f, f.network(), f.walletId(), f.signedHash(), transfers, f.requestId());
                }),
                new Edit(
                        "transfer amount",
                        f -> editFirstTransfer(
                                f,
                                t -> new Transfer(
                                        t.kind(),
                                        t.asset(),
                                        t.recipient(),
                                        t.amount().add(BigInteger.ONE)))),
                new Edit(
                        "transfer recipient",
                        f -> editFirstTransfer(
                                f,
                                t -> new Transfer(
                                        t.kind(),
                                        t.asset(),
                                        t.recipient().equals(ADDRESS) ? "0x" + "34".repeat(20) : ADDRESS,
                                        t.amount()))),
                new Edit(
                        "transfer asset",
                        f -> editFirstTransfer(
                                f,
                                t -> new Transfer(
                                        t.kind(),
                                        t.asset().equals("native") ? ADDRESS : "native",
                                        t.recipient(),
                                        t.amount()))),
                new Edit(
                        "transfer kind",
                        f -> editFirstTransfer(
                                f,
                                t -> new Transfer(
                                        t.kind() == Transfer.Kind.TOKEN ? Transfer.Kind.APPROVAL : Transfer.Kind.TOKEN,
                                        t.asset(),
                                        t.recipient(),
                                        t.amount()))),
                new Edit("policy version", f -> f.withTerms(f.policyVersion() + 1, f.expiresAt())),
                new Edit(
                        "expiry",
                        f -> f.withTerms(f.policyVersion(), f.expiresAt().plusSeconds(1))),
                new Edit(
                        "request id",
                        f -> with(f, f.network(), f.walletId(), f.signedHash(), f.transfers(), f.requestId() + "x")));
    }

    @Provide
    Arbitrary<ApprovalFacts> facts() {
        Arbitrary<String> network = Arbitraries.bigIntegers()
                .between(BigInteger.ZERO, BigInteger.TWO.pow(64))
                .map(BigInteger::toString);
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(12);
        Arbitrary<byte[]> hash = Arbitraries.bytes().array(byte[].class).ofSize(32);
        Arbitrary<Transfer> transfer = Combinators.combine(
                        Arbitraries.of(Transfer.Kind.class),
                        Arbitraries.of("native", ADDRESS, "0x" + "ab".repeat(20)),
                        Arbitraries.of(ADDRESS, "0x" + "cd".repeat(20)),
                        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TWO.pow(255)))
                .as(Transfer::new);
        return Combinators.combine(
                        network,
                        text.map(s -> wellFormed(s, "wallet")),
                        Arbitraries.of(PayloadKind.RAW_TX, PayloadKind.SAFE_TX, PayloadKind.EIP712),
                        hash,
                        transfer.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.longs().between(0, Long.MAX_VALUE - 1),
                        Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond),
                        text.map(s -> wellFormed(s, "request")))
                .as((net, wallet, kind, signed, transfers, version, expiry, request) -> new ApprovalFacts(
                        ApprovalChain.ETHEREUM, net, wallet, kind, signed, transfers, version, expiry, request));
    }

    private static String wellFormed(String value, String fallback) {
        return value.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? fallback : value;
    }

    private static ApprovalFacts with(
            ApprovalFacts f, String network, String walletId, byte[] hash, List<Transfer> transfers, String requestId) {
        return new ApprovalFacts(
                f.chain(),
                network,
                walletId,
                f.payloadKind(),
                hash,
                transfers,
                f.policyVersion(),
                f.expiresAt(),
                requestId);
    }

    private static ApprovalFacts editFirstTransfer(ApprovalFacts f, UnaryOperator<Transfer> edit) {
        List<Transfer> transfers = new ArrayList<>(f.transfers());
        transfers.set(0, edit.apply(transfers.get(0)));
        return with(f, f.network(), f.walletId(), f.signedHash(), transfers, f.requestId());
    }
}
