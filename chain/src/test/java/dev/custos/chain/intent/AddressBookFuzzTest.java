package dev.custos.chain.intent;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Fuzzes {@link AddressBook#parse} (the user's address book JSON): entries that can be looked up, or a rejection. */
class AddressBookFuzzTest {
    @FuzzTest
    void parse_anyText_addressBookOrDecodingException(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        decodeOrReject(() -> AddressBook.parse(json)).ifPresent(book -> {
            for (AddressBookEntry entry : book.entries()) {
                assertThat(book.lookup(entry.address())).isPresent();
            }
        });
    }
}
