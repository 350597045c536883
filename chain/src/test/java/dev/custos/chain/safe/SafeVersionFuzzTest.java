package dev.custos.chain.safe;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Fuzzes {@link SafeVersion#parse} (a user-given Safe version): a version that prints and parses back, or a rejection. */
class SafeVersionFuzzTest {
    @FuzzTest
    void parse_anyText_versionOrDecodingException(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        decodeOrReject(() -> SafeVersion.parse(text))
                .ifPresent(version -> assertThat(decodeOrReject(() -> SafeVersion.parse(version.toString())))
                        .contains(version));
    }
}
