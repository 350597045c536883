package dev.custos.chain.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RlpProperties {
    @Property(tries = 2000)
    void decode_randomBytes_givesCanonicalItemOrDecodingException(@ForAll @Size(max = 300) byte[] input) {
        try {
            RlpItem item = RlpDecoder.decode(input);
            // accepted input must be the one canonical encoding of what it decodes to
            assertThat(RlpEncoder.encode(item)).isEqualTo(input);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void decode_randomPrefixThenHugeLength_isRejected(
            @ForAll @IntRange(min = 0xb8, max = 0xbf) int stringPrefix, @ForAll boolean list) {
        int prefix = list ? stringPrefix + 0x40 : stringPrefix;
        byte[] input = new byte[1 + (prefix & 0x07) + 1 + 4];
        Arrays.fill(input, (byte) 0xff);
        input[0] = (byte) prefix;
        assertThatThrownBy(() -> RlpDecoder.decode(input)).isInstanceOf(DecodingException.class);
    }

    @Property(tries = 300)
    void encodeThenDecode_roundTrips(@ForAll("items") RlpItem item) throws Exception {
        assertThat(RlpDecoder.decode(RlpEncoder.encode(item))).isEqualTo(item);
    }

    @Property(tries = 300)
    void decode_truncatedEncoding_isRejected(@ForAll("items") RlpItem item, @ForAll @IntRange(min = 1) int cut) {
        byte[] encoded = RlpEncoder.encode(item);
        int keep = encoded.length - 1 - (cut % encoded.length);
        byte[] truncated = Arrays.copyOf(encoded, keep);
        assertThatThrownBy(() -> RlpDecoder.decode(truncated)).isInstanceOf(DecodingException.class);
    }

    @Property(tries = 300)
    void decode_encodingWithTrailingByte_isRejected(@ForAll("items") RlpItem item, @ForAll byte extra) {
        byte[] encoded = RlpEncoder.encode(item);
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
        longer[encoded.length] = extra;
        assertThatThrownBy(() -> RlpDecoder.decode(longer))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("trailing");
    }

    @Provide
    Arbitrary<RlpItem> items() {
        return Arbitraries.recursive(
                () -> Arbitraries.bytes().array(byte[].class).ofMaxSize(70).map(RlpString::of),
                inner -> inner.list().ofMaxSize(4).map(RlpList::new),
                0,
                5);
    }
}
