package dev.custos.detect.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AddressesProperties {
    @Property(tries = 300)
    void lookAlike_matchesTheDefinition_andImpliesEqualKeys(
            @ForAll("addresses") String first, @ForAll("addresses") String second) {
        boolean expected = byDefinition(first, second);

        assertThat(Addresses.lookAlike(first, second)).isEqualTo(expected);
        if (expected) {
            assertThat(Addresses.lookAlikeKey(first)).isEqualTo(Addresses.lookAlikeKey(second));
        }
    }

    @Property(tries = 200)
    void sameEnds_differentMiddle_lookAlike_inAnyCase(@ForAll("addresses") String address) {
        String body = address.substring(2);
        String middle = body.substring(4, body.length() - 4);
        String changed =
                middle.equals("0".repeat(middle.length())) ? "1" + middle.substring(1) : "0".repeat(middle.length());
        String imitation =
                "0X" + body.substring(0, 4).toUpperCase(Locale.ROOT) + changed + body.substring(body.length() - 4);

        assertThat(Addresses.lookAlike(address, imitation)).isTrue();
        assertThat(Addresses.lookAlike(address, address.toUpperCase(Locale.ROOT)))
                .as("the same address")
                .isFalse();
    }

    @Test
    void shortOrPaddedAddresses_followTheDefinition() {
        assertThat(Addresses.lookAlike("0xabcd1234", "0xabcd1234")).isFalse();
        assertThat(Addresses.lookAlike("abc", "abd")).isFalse();
        assertThat(Addresses.lookAlike(" 0xAbCd99991234 ", "0xabcd00001234")).isTrue();
        assertThat(Addresses.lookAlikeKey("0xabc")).isEmpty();
        assertThat(Addresses.lookAlikeKey("0xABCD00001234")).contains("abcd1234");
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> ends = Arbitraries.strings().withChars("aAbB01").ofLength(4);
        Arbitrary<String> middle =
                Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(32);
        return Combinators.combine(ends, middle, ends).as((head, body, tail) -> "0x" + head + body + tail);
    }

    /** The rule as documented: bodies after 0x compared in lower case; equal bodies are the same address. */
    private static boolean byDefinition(String first, String second) {
        String a = first.strip().toLowerCase(Locale.ROOT).substring(2);
        String b = second.strip().toLowerCase(Locale.ROOT).substring(2);
        return !a.equals(b)
                && a.length() >= 8
                && b.length() >= 8
                && a.substring(0, 4).equals(b.substring(0, 4))
                && a.substring(a.length() - 4).equals(b.substring(b.length() - 4));
    }
}
