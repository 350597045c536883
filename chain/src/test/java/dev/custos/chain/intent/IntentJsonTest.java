package dev.custos.chain.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.TestResources;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IntentJsonTest {
    @Test
    void bybitMalicious_jsonCarriesTheContractKeys() throws Exception {
        Intent intent = IntentDecoder.withWellKnownFunctions(AddressBook.empty())
                .decodeSafeTransaction(
                        SafeTransactionParser.parse(TestResources.text("vectors/safe/bybit-safe-tx-71.json"))
                                .get(0),
                        BigInteger.ONE,
                        new SafeVersion(1, 1, 1));

        ObjectNode json = IntentJson.toJson(intent);

        assertThat(json.get("target").asText()).isEqualTo("0x96221423681A6d52E184D440a8eFCEbB105C7242");
        assertThat(json.get("value").asText()).isEqualTo("0");
        assertThat(json.get("operation").asText()).isEqualTo("delegatecall");
        assertThat(json.get("function").asText()).isEqualTo("transfer");
        JsonNode arguments = json.get("arguments");
        assertThat(arguments.get(0).get("name").asText()).isEqualTo("to");
        assertThat(arguments.get(0).get("type").asText()).isEqualTo("address");
        assertThat(arguments.get(1).get("value").asText()).isEqualTo("0");
        assertThat(json.get("safe_tx_hash").asText())
                .isEqualTo("0xb3476d061aeb8fc1d605a873c483a2402d88a68a9cdd1a8b47655dd55ba004f8");
        assertThat(json.get("chain_id").asLong()).isEqualTo(1);
        assertThat(json.get("nonce").asLong()).isEqualTo(71);
        assertThat(json.get("flags")).extracting(JsonNode::asText).contains("delegatecall", "unknown_target");
        assertThat(json.get("confirmations")).hasSize(3).allSatisfy(confirmation -> {
            assertThat(confirmation.get("valid").asBoolean()).isTrue();
            assertThat(confirmation.get("recovered").asText())
                    .isEqualTo(confirmation.get("owner").asText());
        });
        assertThat(json.get("summary").asText()).isEqualTo(intent.summary());
    }

    @Test
    void multiSend_innerCallsAppearUnderTheirArgument() {
        byte[] batch =
                Calls.multiSend(new MultiSendTransaction(Operation.CALL, Calls.SPENDER, BigInteger.ONE, new byte[0]));
        Intent intent = IntentDecoder.withWellKnownFunctions(AddressBook.empty())
                .decodeSafeTransaction(
                        Calls.safeTransaction(Calls.MULTI_SEND, BigInteger.ZERO, batch, Operation.DELEGATECALL),
                        BigInteger.ONE,
                        SafeVersion.DEFAULT);

        JsonNode transactions = IntentJson.toJson(intent).get("arguments").get(0);

        assertThat(transactions.get("name").asText()).isEqualTo("transactions");
        JsonNode inner = transactions.get("calls").get(0);
        assertThat(inner.get("target").asText()).isEqualTo(Calls.SPENDER.toString());
        assertThat(inner.get("value").asText()).isEqualTo("1");
        assertThat(inner.get("flags")).extracting(JsonNode::asText).contains("native_transfer", "unknown_target");
    }
}
