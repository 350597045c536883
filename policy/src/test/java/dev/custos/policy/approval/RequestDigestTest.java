package dev.custos.policy.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.Transfer;
import dev.custos.chain.safe.Operation;
import dev.custos.policy.Fixtures;
import dev.custos.policy.Payloads;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.digest.ApprovalChain;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.approval.digest.PayloadKind;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.SigningRequest;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RequestDigestTest {
    private final Fixtures fixtures = new Fixtures();
    private final Policy policy = fixtures.policy("[]");

    @Test
    void rawTransaction_subjectIsItsSigningHashAndTransfers() {
        ObjectNode event = Fixtures.event();
        // the EIP-155 example transaction (unsigned form, chain 1)
        event.put(
                "custos.tx.raw",
                "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080");

        ApprovalSubject subject =
                RequestDigest.subject(Fixtures.request(policy, event)).orElseThrow();

        // the signing hash EIP-155 gives for it
        assertThat(HexFormat.of().formatHex(subject.signedHash()))
                .isEqualTo("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        assertThat(subject.chain()).isEqualTo(ApprovalChain.ETHEREUM);
        assertThat(subject.network()).isEqualTo("1");
        assertThat(subject.payloadKind()).isEqualTo(PayloadKind.RAW_TX);
        assertThat(subject.transfers())
                .containsExactly(new Transfer(
                        Transfer.Kind.NATIVE,
                        "native",
                        "0x3535353535353535353535353535353535353535",
                        BigInteger.TEN.pow(18)));
    }

    @Test
    void safeTransaction_subjectIsTheSafeTxHash_forItsChain_withTheMultiSendTransfersInOrder() {
        ObjectNode event = Fixtures.event();
        event.remove("custos.tx.raw");
        event.set(
                "custos.tx.safe",
                Payloads.safeTransaction(
                        Payloads.MULTI_SEND,
                        BigInteger.ZERO,
                        Payloads.multiSend(
                                Payloads.call(
                                        Payloads.USDC,
                                        BigInteger.ZERO,
                                        Payloads.erc20Transfer(Fixtures.DESTINATION, BigInteger.valueOf(5))),
                                Payloads.call(Payloads.ATTACKER, BigInteger.TWO, new byte[0])),
                        Operation.DELEGATECALL));
        event.put("custos.tx.chain_id", 137);
        SigningRequest request = Fixtures.request(policy, event);

        ApprovalSubject subject = RequestDigest.subject(request).orElseThrow();

        assertThat(subject.payloadKind()).isEqualTo(PayloadKind.SAFE_TX);
        assertThat(subject.network()).isEqualTo("137");
        assertThat(subject.signedHash())
                .isEqualTo(request.intent()
                        .orElseThrow()
                        .safeTxHash()
                        .orElseThrow()
                        .bytes());
        assertThat(subject.transfers())
                .containsExactly(
                        new Transfer(Transfer.Kind.TOKEN, Payloads.USDC, Fixtures.DESTINATION, BigInteger.valueOf(5)),
                        new Transfer(Transfer.Kind.NATIVE, "native", Payloads.ATTACKER, BigInteger.TWO));
    }

    @Test
    void requestWithoutPayload_hasNoApprovalDigest_butAVerdictDigestBoundToIt() {
        ObjectNode event = Fixtures.event();
        event.remove("custos.tx.raw");
        ObjectNode other = event.deepCopy();
        other.put("custos.request.id", "req-2");
        SigningRequest request = Fixtures.request(policy, event);

        assertThat(RequestDigest.subject(request)).isEmpty();
        assertThatThrownBy(() -> RequestDigest.of(request, 1, Instant.EPOCH))
                .hasMessage("request req-1 carries no payload: there is nothing to approve");
        assertThat(RequestDigest.of(request, policy)).hasSize(32);
        assertThat(RequestDigest.of(request, policy))
                .isNotEqualTo(RequestDigest.of(Fixtures.request(policy, other), policy));
    }

    @Test
    void requestWhoseFactsHaveNoCanonicalEncoding_isRefusedWhenParsed() {
        ObjectNode event = Fixtures.event();
        ((ObjectNode) event.get("custos").get("wallet")).put("id", "w\ud800");

        assertThatThrownBy(() -> Fixtures.request(policy, event))
                .isInstanceOf(PolicyInputException.class)
                .hasMessage("request: wallet id holds an unpaired UTF-16 surrogate at index 1");
    }

    @Test
    void verdictDigest_isTheApprovalDigestWithExpiryZero() {
        SigningRequest request = Fixtures.request(policy, Fixtures.event());

        assertThat(RequestDigest.of(request, policy))
                .isEqualTo(RequestDigest.of(request, policy.version(), Instant.EPOCH));
    }
}
