package dev.custos.node.committee;

import static dev.custos.node.committee.CommitteeFixtures.admins;
import static dev.custos.node.committee.CommitteeFixtures.nodes;
import static dev.custos.node.committee.CommitteeFixtures.quorum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.wire.ByteWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeTest {
    private final List<SigningKey> admins = admins(3);
    private final AdminQuorum quorum = quorum(2, admins);
    private final List<NodeIdentity> nodes = nodes("c", "a", "b");

    @Test
    void constructor_sortsMembersByNameAndAdminsByKey() {
        Committee committee = new Committee(1, new AdminQuorum(2, reversedAdminKeys()), nodes);
        assertThat(committee.members()).extracting(NodeIdentity::name).containsExactly("a", "b", "c");
        assertThat(committee.admins()).isEqualTo(quorum);
        assertThat(committee.member("b")).contains(nodes.get(2));
        assertThat(committee.member("d")).isEmpty();
    }

    @Test
    void encode_hasTheDocumentedLayout_andDecodesBack() throws Exception {
        Committee committee = new Committee(7, quorum, nodes);
        byte[] encoded = committee.encode();
        ByteBuffer buffer = ByteBuffer.wrap(encoded);
        assertThat(new String(encoded, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("CNCM");
        assertThat(buffer.get(4)).isEqualTo((byte) 1);
        assertThat(buffer.getLong(5)).isEqualTo(7);
        assertThat(buffer.getInt(13)).isEqualTo(2);
        assertThat(buffer.getInt(17)).isEqualTo(3);
        assertThat(Arrays.copyOfRange(encoded, 21, 53))
                .isEqualTo(quorum.admins().get(0).bytes());
        int membersAt = 21 + 3 * 32;
        assertThat(buffer.getInt(membersAt)).isEqualTo(3);
        ByteWriter firstMember = new ByteWriter();
        committee.members().get(0).writeTo(firstMember);
        assertThat(Arrays.copyOfRange(encoded, membersAt + 4, membersAt + 4 + firstMember.size()))
                .isEqualTo(firstMember.toByteArray());
        assertThat(encoded).hasSize(membersAt + 4 + 3 * (4 + 1 + 64));
        assertThat(Committee.decode(encoded)).isEqualTo(committee);
    }

    @Test
    void signedMessage_isTheDomainThenTheEncoding() {
        Committee committee = new Committee(1, quorum, nodes);
        byte[] domain = "custos node committee v1\0".getBytes(StandardCharsets.US_ASCII);
        byte[] message = committee.signedMessage();
        assertThat(Arrays.copyOf(message, domain.length)).isEqualTo(domain);
        assertThat(Arrays.copyOfRange(message, domain.length, message.length)).isEqualTo(committee.encode());
    }

    @Test
    void constructor_duplicateNamesOrKeys_areRefusedNamingTheMember() {
        NodeIdentity a = nodes.get(1);
        NodeIdentity twin = new NodeIdentity("a2", a.signingKey(), nodes.get(0).encryptionKey());
        NodeIdentity sameName =
                new NodeIdentity("a", nodes.get(0).signingKey(), nodes.get(0).encryptionKey());
        assertThatThrownBy(() -> new Committee(1, quorum, List.of(a, sameName)))
                .hasMessage("two members are named 'a'");
        assertThatThrownBy(() -> new Committee(1, quorum, List.of(a, twin)))
                .hasMessageContaining("reuses another member's Ed25519 key");
        assertThatThrownBy(() -> new Committee(0, quorum, nodes)).hasMessageContaining("version must be 1 or more");
    }

    @Test
    void adminQuorum_outOfRangeOrDuplicate_isRefused() {
        List<Ed25519PublicKey> keys = quorum.admins();
        assertThatThrownBy(() -> new AdminQuorum(4, keys)).hasMessageContaining("between 1 and 3, got 4");
        assertThatThrownBy(() -> new AdminQuorum(0, keys)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> new AdminQuorum(1, List.of(keys.get(0), keys.get(0))))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new AdminQuorum(1, List.of())).hasMessageContaining("got 0");
    }

    @Test
    void decode_nonCanonicalOrDamaged_isRejectedNamingTheField() {
        Committee committee = new Committee(1, quorum, nodes);
        byte[] encoded = committee.encode();
        byte[] adminsSwapped = encoded.clone();
        System.arraycopy(encoded, 21 + 32, adminsSwapped, 21, 32);
        System.arraycopy(encoded, 21, adminsSwapped, 21 + 32, 32);
        assertDecodeFails(adminsSwapped, "field 'admin 1': not in strictly ascending order");
        int membersAt = 21 + 3 * 32 + 4;
        int bodyLength = 4 + 1 + 64;
        byte[] membersSwapped = encoded.clone();
        System.arraycopy(encoded, membersAt + bodyLength, membersSwapped, membersAt, bodyLength);
        System.arraycopy(encoded, membersAt, membersSwapped, membersAt + bodyLength, bodyLength);
        assertDecodeFails(membersSwapped, "'a' is not in strictly ascending name order");
        assertDecodeFails(Arrays.copyOf(encoded, encoded.length + 1), "1 trailing bytes");
        byte[] thresholdTooHigh = encoded.clone();
        ByteBuffer.wrap(thresholdTooHigh).putInt(13, 9);
        assertDecodeFails(thresholdTooHigh, "field 'admin threshold'");
    }

    private List<Ed25519PublicKey> reversedAdminKeys() {
        List<Ed25519PublicKey> keys = new ArrayList<>(quorum.admins());
        Collections.reverse(keys);
        return keys;
    }

    private static void assertDecodeFails(byte[] encoded, String message) {
        assertThatThrownBy(() -> Committee.decode(encoded))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("committee: ")
                .hasMessageContaining(message);
    }
}
