package dev.custos.policy.approval.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.intent.Transfer;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApprovalDigestTest {
    private static final byte[] HASH = new byte[32];
    private static final Instant EXPIRY = Instant.ofEpochSecond(1_796_688_000L);

    static List<DigestVectors.Vector> vectors() {
        return DigestVectors.all();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vector_encodingAndDigestMatch(DigestVectors.Vector vector) {
        assertThat(HexFormat.of().formatHex(ApprovalDigest.encode(vector.facts())))
                .isEqualTo(HexFormat.of().formatHex(vector.encoding()));
        assertThat(HexFormat.of().formatHex(ApprovalDigest.of(vector.facts())))
                .isEqualTo(HexFormat.of().formatHex(vector.digest()));
    }

    @Test
    void vectors_coverTheRequiredCases() {
        assertThat(vectors())
                .extracting(DigestVectors.Vector::name)
                .contains(
                        "eth-native-raw-tx",
                        "erc20-in-safe-multisend",
                        "unlimited-approval",
                        "psbt-two-outputs",
                        "empty-transfers",
                        "unicode-wallet-id");
    }

    @Test
    void encoding_ofASmallCase_isTheDocumentedBytes() {
        ApprovalFacts facts = new ApprovalFacts(
                ApprovalChain.ETHEREUM,
                "1",
                "w",
                PayloadKind.RAW_TX,
                HASH,
                List.of(new Transfer(Transfer.Kind.NATIVE, "native", "0x" + "11".repeat(20), BigInteger.valueOf(256))),
                2,
                Instant.ofEpochSecond(3),
                "r");
        String expected = HexFormat.of().formatHex("custos approval digest v2".getBytes()) + "00"
                + "00000008" + HexFormat.of().formatHex("ethereum".getBytes())
                + "00000001" + "01" // chain id 1
                + "00000001" + "77" // "w"
                + "00000006" + HexFormat.of().formatHex("raw_tx".getBytes())
                + "00000020" + "00".repeat(32)
                + "00000001" // one transfer
                + "00000006" + HexFormat.of().formatHex("native".getBytes())
                + "00000006" + HexFormat.of().formatHex("native".getBytes())
                + "0000002a" + HexFormat.of().formatHex(("0x" + "11".repeat(20)).getBytes())
                + "00000002" + "0100" // 256
                + "0000000000000002" + "0000000000000003"
                + "00000001" + "72"; // "r"

        assertThat(HexFormat.of().formatHex(ApprovalDigest.encode(facts))).isEqualTo(expected);
    }

    @Test
    void minimalBytes_hasNoLeadingZero_andIsEmptyForZero() {
        assertThat(ApprovalDigest.minimalBytes(BigInteger.ZERO)).isEmpty();
        assertThat(ApprovalDigest.minimalBytes(BigInteger.valueOf(255))).containsExactly(0xff);
        assertThat(ApprovalDigest.minimalBytes(BigInteger.TWO.pow(256).subtract(BigInteger.ONE)))
                .hasSize(32);
    }

    @Test
    void facts_refuseNonCanonicalInput_withAMessageNamingTheField() {
        assertThatThrownBy(() -> facts(ApprovalChain.ETHEREUM, "01", PayloadKind.RAW_TX, List.of()))
                .hasMessageContaining("network '01' is not valid for ethereum");
        assertThatThrownBy(() -> facts(ApprovalChain.BITCOIN, "main", PayloadKind.PSBT, List.of()))
                .hasMessageContaining("expected mainnet, testnet, signet or regtest");
        assertThatThrownBy(() -> facts(ApprovalChain.BITCOIN, "mainnet", PayloadKind.RAW_TX, List.of()))
                .hasMessage("payload kind raw_tx is not a bitcoin payload");
        assertThatThrownBy(() -> facts(
                        ApprovalChain.ETHEREUM,
                        "1",
                        PayloadKind.RAW_TX,
                        List.of(new Transfer(Transfer.Kind.NATIVE, "native", "0x" + "AB".repeat(20), BigInteger.ONE))))
                .hasMessageContaining(
                        "transfer 0 recipient '0x" + "AB".repeat(20) + "' must be a lowercase 0x address");
        assertThatThrownBy(() -> new ApprovalFacts(
                        ApprovalChain.ETHEREUM, "1", "w\ud800", PayloadKind.RAW_TX, HASH, List.of(), 1, EXPIRY, "r"))
                .hasMessage("wallet id holds an unpaired UTF-16 surrogate at index 1");
        assertThatThrownBy(() -> new ApprovalFacts(
                        ApprovalChain.ETHEREUM, "1", "w", PayloadKind.RAW_TX, new byte[31], List.of(), 1, EXPIRY, "r"))
                .hasMessage("signed hash must be 32 bytes, got 31");
        assertThatThrownBy(() -> new ApprovalFacts(
                        ApprovalChain.ETHEREUM,
                        "1",
                        "w",
                        PayloadKind.RAW_TX,
                        HASH,
                        List.of(),
                        1,
                        EXPIRY.plusMillis(500),
                        "r"))
                .hasMessageContaining("expiry must be whole seconds");
        assertThatThrownBy(() -> new ApprovalFacts(
                        ApprovalChain.ETHEREUM, "1", "w", PayloadKind.RAW_TX, HASH, List.of(), 1, EXPIRY, ""))
                .hasMessage("request id must not be empty");
    }

    @Test
    void amountsWiderThan256Bits_areEncodedWithTheirLength() {
        // a Safe gas refund, (safeTxGas + baseGas) x gasPrice, can exceed 2^256
        BigInteger wide = BigInteger.TWO.pow(300);
        ApprovalFacts facts = facts(
                ApprovalChain.ETHEREUM,
                "1",
                PayloadKind.SAFE_TX,
                List.of(new Transfer(Transfer.Kind.NATIVE, "native", "0x" + "ab".repeat(20), wide)));

        assertThat(HexFormat.of().formatHex(ApprovalDigest.encode(facts)))
                .contains("00000026" + "10" + "00".repeat(37) + "0000000000000001");
    }

    @Test
    void signedHash_isCopied() {
        byte[] hash = new byte[32];
        ApprovalFacts facts = new ApprovalFacts(
                ApprovalChain.ETHEREUM, "1", "w", PayloadKind.RAW_TX, hash, List.of(), 1, EXPIRY, "r");
        byte[] before = ApprovalDigest.of(facts);
        hash[0] = 1;
        facts.signedHash()[1] = 1;

        assertThat(ApprovalDigest.of(facts)).isEqualTo(before);
    }

    private static ApprovalFacts facts(
            ApprovalChain chain, String network, PayloadKind kind, List<Transfer> transfers) {
        return new ApprovalFacts(chain, network, "w", kind, HASH, transfers, 1, EXPIRY, "r");
    }
}
