package dev.custos.crypto.vss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Group;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShamirSharingTest {
    private static final Group GROUP = Secp256k1Group.instance();
    private static final ScalarField FIELD = GROUP.scalarField();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<Scalar> IDS = List.of(FIELD.of(1), FIELD.of(2), FIELD.of(3));

    @Test
    void split_thresholdOutOfRange_throws() {
        Scalar secret = FIELD.random(RANDOM);
        assertThatThrownBy(() -> ShamirSharing.split(GROUP, secret, 0, IDS, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> ShamirSharing.split(GROUP, secret, 4, IDS, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 4");
    }

    @Test
    void split_duplicateId_throws() {
        List<Scalar> ids = List.of(FIELD.of(1), FIELD.of(2), FIELD.of(1));
        assertThatThrownBy(() -> ShamirSharing.split(GROUP, FIELD.random(RANDOM), 2, ids, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 2 is a duplicate");
    }

    @Test
    void split_zeroId_throws() {
        List<Scalar> ids = List.of(FIELD.of(1), FIELD.zero());
        assertThatThrownBy(() -> ShamirSharing.split(GROUP, FIELD.random(RANDOM), 2, ids, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 1 is zero");
    }

    @Test
    void split_mismatchedFields_throws() {
        Scalar edwardsSecret = ScalarField.ED25519.random(RANDOM);
        assertThatThrownBy(() -> ShamirSharing.split(GROUP, edwardsSecret, 2, IDS, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        List<Scalar> edwardsIds = List.of(ScalarField.ED25519.of(1), ScalarField.ED25519.of(2));
        assertThatThrownBy(() -> ShamirSharing.split(GROUP, FIELD.random(RANDOM), 2, edwardsIds, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 0");
    }

    @Test
    void split_keepsCallerSecretAndIdOrder() {
        Group group = Ed25519Group.INSTANCE;
        Scalar secret = group.scalarField().randomNonZero(RANDOM);
        Scalar copy = secret.add(group.scalarField().zero());
        List<Scalar> ids = List.of(
                group.scalarField().of(5),
                group.scalarField().of(3),
                group.scalarField().of(9));
        ShamirShares shares = ShamirSharing.split(group, secret, 2, ids, RANDOM);
        assertThat(secret).isEqualTo(copy);
        assertThat(shares.shares().keySet()).containsExactlyElementsOf(ids);
        assertThat(shares.toString()).contains("redacted");
        assertThatThrownBy(() -> shares.share(group.scalarField().of(4))).hasMessageContaining("4");
    }
}
