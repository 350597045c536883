package dev.custos.chain.eip712;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import dev.custos.chain.TestResources;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.DerivedTransfers;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.intent.Transfer;
import dev.custos.chain.intent.TransferContext;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TypedDataTransfersTest {
    private static final TypedDataDecoder DECODER =
            new TypedDataDecoder(IntentDecoder.withWellKnownFunctions(AddressBook.empty()));
    private static final String TOKEN = "0x6b175474e89094c44da98b954eedeac495271d0f";
    private static final String SPENDER = "0x1111111254eeb25477b68fb85ed929f73a960582";

    @Test
    void eip2612Permit_isAnApprovalOfTheValueToTheSpender() throws DecodingException {
        String json = "{\"types\": {\"EIP712Domain\": [{\"name\": \"name\", \"type\": \"string\"},"
                + " {\"name\": \"version\", \"type\": \"string\"}, {\"name\": \"chainId\", \"type\": \"uint256\"},"
                + " {\"name\": \"verifyingContract\", \"type\": \"address\"}],"
                + " \"Permit\": [{\"name\": \"owner\", \"type\": \"address\"}, {\"name\": \"spender\", \"type\":"
                + " \"address\"}, {\"name\": \"value\", \"type\": \"uint256\"}, {\"name\": \"nonce\", \"type\":"
                + " \"uint256\"}, {\"name\": \"deadline\", \"type\": \"uint256\"}]}, \"primaryType\": \"Permit\","
                + " \"domain\": {\"name\": \"Token\", \"version\": \"1\", \"chainId\": 1, \"verifyingContract\": \""
                + TOKEN + "\"}, \"message\": {\"owner\": \"0x000000000000000000000000000000000000dead\","
                + " \"spender\": \"" + SPENDER + "\", \"value\": \"5000000\", \"nonce\": 0, \"deadline\": 1700000000}}";

        DerivedTransfers derived = TypedDataTransfers.derive(DECODER.decode(json), TransferContext.EMPTY);

        assertThat(derived.transfers())
                .containsExactly(new Transfer(Transfer.Kind.APPROVAL, TOKEN, SPENDER, BigInteger.valueOf(5_000_000)));
        assertThat(derived.complete()).isTrue();
    }

    @Test
    void genericTypedData_isIncomplete() throws DecodingException {
        TypedMessage mail = DECODER.decode(TestResources.text("vectors/eip712/mail.json"));

        DerivedTransfers derived = TypedDataTransfers.derive(mail, TransferContext.EMPTY);

        assertThat(derived.transfers()).isEmpty();
        assertThat(derived.complete()).isFalse();
        assertThat(derived.incomplete()).singleElement().asString().contains("Mail");
    }

    @Test
    void bybitSafeTx_isIncomplete_becauseOfItsDelegatecall() throws DecodingException {
        TypedMessage message = DECODER.decode(TestResources.text("vectors/eip712/bybit-safe-tx-71-typed.json"));

        DerivedTransfers derived = TypedDataTransfers.derive(message, TransferContext.EMPTY);

        assertThat(derived.complete()).isFalse();
        assertThat(derived.incomplete()).singleElement().asString().contains("delegatecall");
    }
}
