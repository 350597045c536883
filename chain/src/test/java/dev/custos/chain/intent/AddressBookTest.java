package dev.custos.chain.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import org.junit.jupiter.api.Test;

class AddressBookTest {
    private static final String ENTRY = "{\"address\": \"0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3\", "
            + "\"label\": \"Cold storage\", \"kind\": \"allowlisted\"}";

    @Test
    void parse_objectAndArrayForms() throws Exception {
        Address address = Address.fromHex("0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3");
        AddressBook fromObject = AddressBook.parse("{\"entries\": [" + ENTRY + "]}");
        AddressBook fromArray = AddressBook.parse("[" + ENTRY + "]");

        assertThat(fromObject.lookup(address).orElseThrow().kind()).isEqualTo(AddressKind.ALLOWLISTED);
        assertThat(fromArray.entries()).isEqualTo(fromObject.entries());
    }

    @Test
    void parse_unknownKind_listsTheAcceptedKinds() {
        assertThatThrownBy(() -> AddressBook.parse("[" + ENTRY.replace("allowlisted", "friend") + "]"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("entries[0].kind")
                .hasMessageContaining("allowlisted, known_contract, owner");
    }

    @Test
    void parse_duplicateAddress_isRejected() {
        assertThatThrownBy(() -> AddressBook.parse("[" + ENTRY + ","
                        + ENTRY.replace(
                                "0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3",
                                "0x88a1493366d48225fc3cefbdae9ebb23e323ade3")
                        + "]"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void parse_labelWithControlOrBidiCharacters_isRejected() {
        assertThatThrownBy(() -> AddressBook.parse("[" + ENTRY.replace("Cold storage", "Cold\\u202estorage") + "]"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("label");
    }
}
