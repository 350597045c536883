package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PsbtProperties {
    private static final byte[] SEED = PsbtDecoderTest.vector("0174", "PSBT with `PSBT_GLOBAL_XPUB`.");
    private static final byte[] SEED_V2 =
            PsbtDecoderTest.vector("0370", "1 input, 2 output updated PSBTv2, with all PSBTv2 fields");

    @Property(tries = 500)
    void parse_randomBytesAfterMagic_throwsDecodingExceptionOnly(@ForAll @Size(max = 300) byte[] tail) {
        byte[] bytes = new byte[5 + tail.length];
        System.arraycopy(new byte[] {0x70, 0x73, 0x62, 0x74, (byte) 0xff}, 0, bytes, 0, 5);
        System.arraycopy(tail, 0, bytes, 5, tail.length);
        decodeOrDecodingException(bytes);
    }

    @Property(tries = 300)
    void parse_truncated_throwsDecodingException(@ForAll @IntRange(min = 0, max = 5000) int cut, @ForAll boolean v2) {
        byte[] seed = v2 ? SEED_V2 : SEED;
        byte[] truncated = Arrays.copyOf(seed, cut % seed.length);
        try {
            PsbtParser.parse(truncated);
            throw new AssertionError("a truncated PSBT parsed");
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void parse_mutatedByte_succeedsOrThrowsDecodingException(
            @ForAll @IntRange(min = 0, max = 5000) int position, @ForAll byte value, @ForAll boolean v2) {
        byte[] mutated = (v2 ? SEED_V2 : SEED).clone();
        mutated[position % mutated.length] = value;
        decodeOrDecodingException(mutated);
    }

    private static void decodeOrDecodingException(byte[] bytes) {
        try {
            BitcoinIntent intent = PsbtDecoder.decode(PsbtParser.parse(bytes), null);
            assertThat(intent.fee()).isNotNegative();
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
