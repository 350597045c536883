package dev.custos.chain.eip712;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import dev.custos.chain.TestResources;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.IntentDecoder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class TypedDataProperties {
    private static final String MAIL = TestResources.text("vectors/eip712/mail.json");
    private static final String SAFE = TestResources.text("vectors/eip712/bybit-safe-tx-71-typed.json");
    private static final TypedDataDecoder DECODER =
            new TypedDataDecoder(IntentDecoder.withWellKnownFunctions(AddressBook.empty()));

    @Property(tries = 300)
    void decode_truncatedDocument_throwsDecodingException(@ForAll @IntRange(min = 0, max = 10_000) int cut) {
        String document = cut % 2 == 0 ? MAIL : SAFE;
        String truncated = document.substring(0, cut % document.length());
        try {
            DECODER.decode(truncated);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void decode_mutatedDocument_succeedsOrThrowsDecodingException(
            @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll("replacements") String replacement,
            @ForAll boolean safe) {
        String document = safe ? SAFE : MAIL;
        int at = position % document.length();
        String mutated =
                document.substring(0, at) + replacement + document.substring(Math.min(document.length(), at + 1));
        try {
            TypedMessage message = DECODER.decode(mutated);
            assertThat(message.digest()).isNotNull();
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void decode_randomText_throwsDecodingException(@ForAll @StringLength(max = 200) String text) {
        try {
            DECODER.decode(text);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> replacements() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "0",
                        "-1",
                        "[",
                        "]",
                        "{",
                        "}",
                        "\"",
                        ",",
                        ":",
                        "null",
                        "true",
                        "[]",
                        "{}",
                        "uint8",
                        "Person",
                        "Mail",
                        "x",
                        "1e999",
                        "0x",
                        "\"0xff\"",
                        "99999999999999999999999999999"),
                Arbitraries.strings().ofMaxLength(3));
    }
}
