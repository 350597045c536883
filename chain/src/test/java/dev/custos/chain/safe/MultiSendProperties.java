package dev.custos.chain.safe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class MultiSendProperties {
    @Property(tries = 1000)
    void decode_randomBytes_succeedsOrThrowsDecodingException(@ForAll @Size(max = 400) byte[] packed) {
        try {
            List<MultiSendTransaction> batch = MultiSendDecoder.decode(packed);
            assertThat(MultiSendDecoder.encode(batch)).isEqualTo(packed);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).contains("multiSend entry");
        }
    }
}
