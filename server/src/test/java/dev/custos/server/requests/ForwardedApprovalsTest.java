package dev.custos.server.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.request.PasskeyAssertion;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The approvals a stored request hands to the nodes: device key signatures and passkey assertions alike. */
class ForwardedApprovalsTest {
    private static final Instant EXPIRES = Instant.parse("2026-06-01T12:10:00Z");
    private static final TypedPayload PAYLOAD = new TypedPayload(PayloadType.ETHEREUM_RAW_TX, new byte[] {1, 2, 3});

    private static StoredRequest stored(ArrayNode approvals) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("approvals", approvals);
        return new StoredRequest(
                "r-1", "hot-eth", "ethereum", "signing", "alice", Instant.parse("2026-06-01T12:00:00Z"), document, 0);
    }

    private static ObjectNode approval(String approver) {
        ObjectNode approval = JsonNodeFactory.instance.objectNode();
        approval.put("approver", approver);
        approval.put("policy_version", 1);
        approval.put("expires_at", EXPIRES.toString());
        approval.put("received_at", "2026-06-01T12:01:00Z");
        return approval;
    }

    private static String base64Url(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void deviceKeySignaturesAndPasskeyAssertionsAreForwarded() {
        ArrayNode approvals = JsonNodeFactory.instance.arrayNode();
        approvals.add(approval("bob").put("signature", "ab".repeat(64)));
        ObjectNode carol = approval("carol");
        carol.putObject("passkey")
                .put("credential_id", base64Url(16, 1))
                .put("authenticator_data", base64Url(37, 2))
                .put("client_data_json", base64Url(50, 3))
                .put("signature", base64Url(70, 4));
        approvals.add(carol);

        SignRequest request = SigningDispatcher.signRequest(stored(approvals), PAYLOAD);

        assertThat(request.approvals()).hasSize(2);
        Approval bob = request.approvals().get(0);
        assertThat(bob.approver()).isEqualTo("bob");
        assertThat(bob.expiresAt()).isEqualTo(EXPIRES);
        assertThat(bob.proof()).isEqualTo(new DeviceSignature(HexFormat.of().parseHex("ab".repeat(64))));
        assertThat(request.approvals().get(1).proof()).isInstanceOfSatisfying(PasskeyAssertion.class, passkey -> {
            assertThat(passkey.authenticatorData()).hasSize(37);
            assertThat(passkey.signature()).hasSize(70);
        });
    }

    @Test
    void aStoredApprovalWithoutProofIsNamed() {
        ArrayNode approvals = JsonNodeFactory.instance.arrayNode();
        approvals.add(approval("bob"));

        assertThatThrownBy(() -> SigningDispatcher.signRequest(stored(approvals), PAYLOAD))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("approvals[0] needs approver");
    }
}
