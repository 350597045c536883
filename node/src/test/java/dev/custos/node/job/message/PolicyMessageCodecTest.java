package dev.custos.node.job.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy delivery (type 6) and policy report (type 7) job messages: layout, round trips, strict reading. */
class PolicyMessageCodecTest {
    private static final JobId DELIVERY = new JobId("policy-1");
    private static final String VERSION = String.format("%02x", JobMessageCodec.FORMAT_VERSION);

    @Test
    void deliveryHasTheDocumentedLayout() {
        byte[] encoded = JobMessageCodec.encode(new JobMessage.PolicyDelivery(DELIVERY, new byte[] {'C', 'N', 'S'}));
        assertThat(HexFormat.of().formatHex(encoded))
                .isEqualTo("434e4a4d" + VERSION + "06" + "00000008"
                        + HexFormat.of().formatHex("policy-1".getBytes()) + "00000003" + "434e53");
    }

    @Test
    void reportHasTheDocumentedLayout() {
        byte[] encoded =
                JobMessageCodec.encode(new JobMessage.PolicyReport(DELIVERY, PolicyStatus.REFUSED, 2, "DOWNGRADE: x"));
        assertThat(HexFormat.of().formatHex(encoded))
                .isEqualTo("434e4a4d" + VERSION + "07" + "00000008"
                        + HexFormat.of().formatHex("policy-1".getBytes())
                        + "03" + "0000000000000002" + "0000000c"
                        + HexFormat.of().formatHex("DOWNGRADE: x".getBytes()));
    }

    @Test
    void everyPolicyMessageRoundTrips() throws Exception {
        List<JobMessage> messages = List.of(
                new JobMessage.PolicyDelivery(DELIVERY, new byte[] {1, 2, 3}),
                new JobMessage.PolicyReport(DELIVERY, PolicyStatus.INSTALLED, 3, ""),
                new JobMessage.PolicyReport(DELIVERY, PolicyStatus.UNCHANGED, 3, ""),
                new JobMessage.PolicyReport(DELIVERY, PolicyStatus.REFUSED, 0, "NO_COMMITTEE: none"));
        for (JobMessage message : messages) {
            byte[] encoded = JobMessageCodec.encode(message);
            assertThat(JobMessageCodec.decode(encoded)).isEqualTo(message);
            for (int length = 0; length < encoded.length; length++) {
                byte[] truncated = Arrays.copyOf(encoded, length);
                assertThatThrownBy(() -> JobMessageCodec.decode(truncated))
                        .isInstanceOf(InvalidEncodingException.class);
            }
            byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
            assertThatThrownBy(() -> JobMessageCodec.decode(longer)).hasMessageContaining("trailing");
        }
    }

    @Test
    void malformedReportsAreRefusedNamingTheField() {
        byte[] encoded = JobMessageCodec.encode(new JobMessage.PolicyReport(DELIVERY, PolicyStatus.INSTALLED, 3, ""));
        int status = 4 + 1 + 1 + 4 + DELIVERY.value().length();
        byte[] unknownStatus = encoded.clone();
        unknownStatus[status] = 9;
        assertThatThrownBy(() -> JobMessageCodec.decode(unknownStatus))
                .hasMessageContaining("'status'")
                .hasMessageContaining("9 is not a policy status");
        byte[] refusedWithoutReason = encoded.clone();
        refusedWithoutReason[status] = (byte) PolicyStatus.REFUSED.code();
        assertThatThrownBy(() -> JobMessageCodec.decode(refusedWithoutReason))
                .hasMessageContaining("'policy report'")
                .hasMessageContaining("a refusal, and only a refusal, names a reason");
        byte[] noVersion = encoded.clone();
        noVersion[status + 8] = 0;
        assertThatThrownBy(() -> JobMessageCodec.decode(noVersion)).hasMessageContaining("names its version");
        byte[] topBit = encoded.clone();
        topBit[status + 1] = (byte) 0x80;
        assertThatThrownBy(() -> JobMessageCodec.decode(topBit)).hasMessageContaining("'installed version'");
    }

    @Test
    void aDeliveryLengthIsBoundedBeforeAnythingIsRead() {
        byte[] encoded = JobMessageCodec.encode(new JobMessage.PolicyDelivery(DELIVERY, new byte[] {1}));
        int length = 4 + 1 + 1 + 4 + DELIVERY.value().length();
        byte[] huge = encoded.clone();
        huge[length] = 0x01; // 16 MiB + 1, above the 4 MiB + 64 KiB bound
        assertThatThrownBy(() -> JobMessageCodec.decode(huge)).hasMessageContaining("'signed policy'");
        assertThatThrownBy(() -> new JobMessage.PolicyDelivery(DELIVERY, new byte[0]))
                .hasMessageContaining("1 to");
        assertThatThrownBy(() ->
                        new JobMessage.PolicyDelivery(DELIVERY, new byte[JobMessage.PolicyDelivery.MAX_LENGTH + 1]))
                .hasMessageContaining("1 to " + JobMessage.PolicyDelivery.MAX_LENGTH);
    }
}
