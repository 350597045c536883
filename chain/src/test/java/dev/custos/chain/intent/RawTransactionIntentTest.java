package dev.custos.chain.intent;

import static dev.custos.chain.TestResources.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.TestResources;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RawTransactionIntentTest {
    private static final IntentDecoder DECODER = IntentDecoder.withWellKnownFunctions(AddressBook.empty());

    @Test
    void eip155Example_isANativeTransferToAnUnknownAddress() throws Exception {
        Intent intent = DECODER.decodeRawTransaction(hex(
                "0xec098504a817c800825208943535353535353535353535353535353535353535" + "880de0b6b3a764000080018080"));

        assertThat(intent.chainId()).contains(BigInteger.ONE);
        assertThat(intent.flags()).containsExactly(Flag.UNKNOWN_TARGET, Flag.NATIVE_TRANSFER);
        assertThat(intent.summary())
                .isEqualTo(
                        "legacy transaction on chain 1 nonce 9: send 1 ETH to unknown address 0x3535353535353535353535353535353535353535");
        JsonNode transaction = IntentJson.toJson(intent).get("transaction");
        assertThat(transaction.get("signing_hash").asText())
                .isEqualTo("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        assertThat(transaction.get("signed").asBoolean()).isFalse();
    }

    @Test
    void mainnetPreEip2Transaction_warnsAboutReplayAndHighS() throws Exception {
        JsonNode vector =
                TestResources.json("vectors/ethereum/mainnet-transactions.json").get(1);
        Intent intent = DECODER.decodeRawTransaction(hex(vector.get("raw").asText()));

        assertThat(intent.chainId()).isEmpty();
        assertThat(intent.warnings())
                .anySatisfy(warning -> assertThat(warning).contains("EIP-155"))
                .anySatisfy(warning -> assertThat(warning).contains("high s"));
        assertThat(intent.flags()).contains(Flag.UNKNOWN_CALLDATA, Flag.UNKNOWN_TARGET);
        assertThat(IntentJson.toJson(intent).get("transaction").get("tx_hash").asText())
                .isEqualTo(vector.get("hash").asText());
    }

    @Test
    void contractCreation_isUnknownTargetAndCalldata() throws Exception {
        // Vitalik_12 from ethereum/tests: creation with 21 bytes of init code
        Intent intent = DECODER.decodeRawTransaction(hex("0xf8610e80830493e080809560f2ff61000080610011600039610011565b"
                + "6000f31ca0a310f4d0b26207db76ba4e1e6e7cf1857ee3aa8559bcbc399a6b09bfea2d30b4a06dff38c645a1486651a717ddf3"
                + "daccb4fd9a630871ecea0758ddfcf2774f9bc6"));

        assertThat(intent.call().target()).isEmpty();
        assertThat(intent.flags()).contains(Flag.UNKNOWN_TARGET, Flag.UNKNOWN_CALLDATA);
        assertThat(intent.summary()).contains("deploy a new contract");
    }
}
