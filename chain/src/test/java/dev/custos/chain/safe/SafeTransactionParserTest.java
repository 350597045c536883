package dev.custos.chain.safe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.TestResources;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTransactionParserTest {
    private static final String MINIMAL = """
            {"safe": "0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4",
             "to": "0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3",
             "value": "1", "operation": 0, "nonce": 5}
            """;

    @Test
    void parse_bybitResponse_readsBothTransactions() throws Exception {
        List<SafeTransaction> transactions =
                SafeTransactionParser.parse(TestResources.text("vectors/safe/bybit-safe-tx-71.json"));

        SafeTransaction malicious = transactions.get(0);
        assertThat(malicious.operation()).isEqualTo(Operation.DELEGATECALL);
        assertThat(malicious.to()).isEqualTo(Address.fromHex("0x96221423681A6d52E184D440a8eFCEbB105C7242"));
        assertThat(malicious.safeTxGas()).isEqualTo(BigInteger.valueOf(45746));
        assertThat(malicious.nonce()).isEqualTo(BigInteger.valueOf(71));
        assertThat(malicious.confirmations()).hasSize(3);
        assertThat(malicious.confirmations().get(0).signatureType()).contains("ETH_SIGN");

        SafeTransaction decoy = transactions.get(1);
        assertThat(decoy.value()).isEqualTo(new BigInteger("30000000000000000000000"));
        assertThat(decoy.data()).isEmpty();
    }

    @Test
    void parse_singleObject_appliesDefaults() throws Exception {
        SafeTransaction transaction = SafeTransactionParser.parse(MINIMAL).get(0);

        assertThat(transaction.gasToken()).isEqualTo(Address.ZERO);
        assertThat(transaction.baseGas()).isZero();
        assertThat(transaction.claimedSafeTxHash()).isEmpty();
        assertThat(transaction.confirmations()).isEmpty();
    }

    @Test
    void parse_duplicateKey_isRejected() {
        assertThatThrownBy(() -> SafeTransactionParser.parse(MINIMAL.replace(
                        "\"nonce\": 5", "\"nonce\": 5, \"to\": \"0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3\"")))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("Duplicate field");
    }

    @Test
    void parse_badField_namesThePath() {
        assertThatThrownBy(() ->
                        SafeTransactionParser.parse("{\"results\": [" + MINIMAL.replace("\"1\"", "\"-1\"") + "]}"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("results[0].value");
        assertThatThrownBy(() -> SafeTransactionParser.parse(MINIMAL.replace("\"operation\": 0", "\"operation\": 2")))
                .hasMessageContaining("operation must be 0 (call) or 1 (delegatecall)");
        assertThatThrownBy(() -> SafeTransactionParser.parse(MINIMAL.replace("0x88a1493366D4", "0x88A1493366D4")))
                .hasMessageContaining("to: address")
                .hasMessageContaining("EIP-55");
        assertThatThrownBy(() -> SafeTransactionParser.parse(MINIMAL.replace(", \"nonce\": 5", "")))
                .hasMessageContaining("nonce is missing");
    }

    @Test
    void parse_notJson_isRejected() {
        assertThatThrownBy(() -> SafeTransactionParser.parse("{not json"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> SafeTransactionParser.parse("{\"results\": []}"))
                .hasMessageContaining("no Safe transactions");
    }

    @Test
    void version_parse_acceptsReleasedVersionsOnly() throws Exception {
        assertThat(SafeVersion.parse("1.3.0+L2")).isEqualTo(new SafeVersion(1, 3, 0));
        assertThat(SafeVersion.parse("v1.4.1")).isEqualTo(new SafeVersion(1, 4, 1));
        assertThatThrownBy(() -> SafeVersion.parse("1.3.7")).hasMessageContaining("unsupported Safe version");
        assertThatThrownBy(() -> SafeVersion.parse("banana")).hasMessageContaining("supported: 0.1.0, 1.0.0");
    }
}
