package dev.custos.node.job.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.committee.CommitteeError;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.SigningKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reshare orders: one encoding each, read strictly, counting only with a quorum of admin signatures over them. */
class ReshareOrderTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<SigningKey> ADMINS =
            List.of(SigningKey.generate(RANDOM), SigningKey.generate(RANDOM), SigningKey.generate(RANDOM));
    private static final AdminQuorum QUORUM =
            new AdminQuorum(2, ADMINS.stream().map(SigningKey::publicKey).toList());

    static ReshareOrder order(String id) {
        return new ReshareOrder(
                id,
                new WalletId("hot-1"),
                Scheme.ECDSA_SECP256K1,
                new byte[33],
                List.of("a", "b", "c"),
                List.of("a", "b", "d"),
                2,
                Instant.ofEpochSecond(1_900_000_000L));
    }

    static JobMessage.JobStart reshareStart() {
        return new JobMessage.JobStart(
                new JobId("job-2"),
                SessionId.random(RANDOM),
                Scheme.ECDSA_SECP256K1,
                new WalletId("hot-1"),
                List.of("a", "b", "c", "d"),
                2,
                new JobSpec.Reshare(SignedReshareOrder.sign(order("epoch-1"), ADMINS.subList(0, 2))));
    }

    @Test
    void signedOrdersRoundTripAndVerifyWithAQuorum() throws Exception {
        SignedReshareOrder signed = SignedReshareOrder.sign(order("epoch-1"), ADMINS.subList(0, 2));
        SignedReshareOrder decoded = SignedReshareOrder.decode(signed.encode());
        assertThat(decoded.order()).isEqualTo(signed.order());
        assertThat(decoded.encode()).isEqualTo(signed.encode());
        decoded.verify(QUORUM);
        assertThat(ReshareOrder.decode(signed.order().encode())).isEqualTo(signed.order());
    }

    @Test
    void aSignatureDoesNotCarryOverToAnotherOrder() {
        SignedReshareOrder signed = SignedReshareOrder.sign(order("epoch-1"), ADMINS.subList(0, 2));
        SignedReshareOrder moved = new SignedReshareOrder(order("epoch-2"), signed.signatures());
        assertThatThrownBy(() -> moved.verify(QUORUM))
                .isInstanceOf(CommitteeException.class)
                .satisfies(e -> assertThat(((CommitteeException) e).error()).isEqualTo(CommitteeError.BAD_SIGNATURE));
        SignedReshareOrder one = SignedReshareOrder.sign(order("epoch-1"), ADMINS.subList(0, 1));
        assertThatThrownBy(() -> one.verify(QUORUM)).hasMessageContaining("need 2 of 3 signatures, 1 signed");
        SigningKey stranger = SigningKey.generate(RANDOM);
        SignedReshareOrder foreign = one.with(stranger);
        assertThatThrownBy(() -> foreign.verify(QUORUM)).hasMessageContaining("who is not an admin");
        SignedReshareOrder twice = new SignedReshareOrder(
                order("epoch-1"),
                List.of(
                        one.signatures().getFirst(),
                        new AdminSignature(
                                ADMINS.getFirst().publicKey(),
                                one.signatures().getFirst().signature())));
        assertThatThrownBy(() -> twice.verify(QUORUM)).hasMessageContaining("signed more than once");
    }

    @Test
    void decodingIsStrict() {
        byte[] encoded =
                SignedReshareOrder.sign(order("epoch-1"), ADMINS.subList(0, 2)).encode();
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> SignedReshareOrder.decode(truncated)).isInstanceOf(InvalidEncodingException.class);
        }
        assertThatThrownBy(() -> SignedReshareOrder.decode(Arrays.copyOf(encoded, encoded.length + 1)))
                .hasMessageContaining("trailing");
        byte[] order = order("epoch-1").encode();
        byte[] unsorted = Arrays.copyOf(order, order.length);
        String text = new String(order, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\0\0\0\1a\0\0\0\1b\0\0\0\1d", "\0\0\0\1b\0\0\0\1a\0\0\0\1d");
        byte[] swapped = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(swapped).isNotEqualTo(unsorted);
        assertThatThrownBy(() -> ReshareOrder.decode(swapped)).hasMessageContaining("sorted and distinct");
    }

    @Test
    void ordersAndReshareJobsRejectWhatDoesNotFit() {
        assertThatThrownBy(() -> new ReshareOrder(
                        "epoch 1",
                        new WalletId("w"),
                        Scheme.FROST_ED25519,
                        new byte[32],
                        List.of("a", "b"),
                        List.of("a", "c"),
                        2,
                        Instant.ofEpochSecond(1)))
                .hasMessageContaining("order id");
        assertThatThrownBy(() -> new ReshareOrder(
                        "e",
                        new WalletId("w"),
                        Scheme.FROST_ED25519,
                        new byte[32],
                        List.of("a", "b"),
                        List.of("a", "c"),
                        3,
                        Instant.ofEpochSecond(1)))
                .hasMessageContaining("new threshold 3 is not in [2, 2]");
        SignedReshareOrder signed = SignedReshareOrder.sign(order("epoch-1"), ADMINS.subList(0, 2));
        assertThatThrownBy(() -> new JobMessage.JobStart(
                        new JobId("j"),
                        SessionId.random(RANDOM),
                        Scheme.ECDSA_SECP256K1,
                        new WalletId("hot-1"),
                        List.of("a", "b", "c"),
                        2,
                        new JobSpec.Reshare(signed)))
                .hasMessageContaining("every new member of a reshare takes part");
        assertThatThrownBy(() -> new JobMessage.JobStart(
                        new JobId("j"),
                        SessionId.random(RANDOM),
                        Scheme.ECDSA_SECP256K1,
                        new WalletId("other"),
                        List.of("a", "b", "c", "d"),
                        2,
                        new JobSpec.Reshare(signed)))
                .hasMessageContaining("its order's wallet");
    }
}
