package dev.custos.ecdsa.multiply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.ot.OtFixtures;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VoleTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SESSION = "vole session".getBytes(StandardCharsets.US_ASCII);
    private static OtFixtures.Setup setup;

    @BeforeAll
    static void baseOts() {
        setup = OtFixtures.setup(RANDOM);
    }

    @Test
    void multiply_honest_sharesSumToProducts() throws CheckFailedException {
        Scalar first = Secp256k1.FIELD.random(RANDOM);
        Scalar second = Secp256k1.FIELD.random(RANDOM);
        VoleReceiver bob = VoleReceiver.start(setup.receiverSeeds(), SESSION, RANDOM);
        VoleSender.Result alice =
                VoleSender.respond(setup.senderSeeds(), SESSION, bob.message(), List.of(first, second), RANDOM);
        Scalar[] bobShares = bob.finish(alice.response());
        assertThat(alice.shares().get(0).add(bobShares[0])).isEqualTo(first.multiply(bob.input()));
        assertThat(alice.shares().get(1).add(bobShares[1])).isEqualTo(second.multiply(bob.input()));
    }

    @Test
    void finish_aliceUsesOtherInputInOneRow_failsCheck() throws CheckFailedException {
        VoleReceiver bob = VoleReceiver.start(setup.receiverSeeds(), SESSION, RANDOM);
        VoleResponse honest = VoleSender.respond(
                        setup.senderSeeds(),
                        SESSION,
                        bob.message(),
                        List.of(Secp256k1.FIELD.random(RANDOM), Secp256k1.FIELD.random(RANDOM)),
                        RANDOM)
                .response();
        // shift a_1 by one in every row where it matters: Bob's choice is 1 in about half the rows
        List<Scalar> corrections = new ArrayList<>(honest.correctionList());
        for (int j = 0; j < 8; j++) {
            corrections.set(3 * j, corrections.get(3 * j).add(Secp256k1.FIELD.one()));
        }
        VoleResponse cheating =
                VoleResponse.of(honest.inputs(), honest.salt(), corrections, honest.checkRowList(), honest.checkSum());
        assertThatThrownBy(() -> bob.finish(cheating))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining("multiplication");
    }

    @Test
    void finish_wrongCheckSum_failsCheck() throws CheckFailedException {
        VoleReceiver bob = VoleReceiver.start(setup.receiverSeeds(), SESSION, RANDOM);
        VoleResponse honest = VoleSender.respond(
                        setup.senderSeeds(), SESSION, bob.message(), List.of(Secp256k1.FIELD.one()), RANDOM)
                .response();
        VoleResponse cheating = new VoleResponse(
                honest.inputs(),
                honest.salt(),
                honest.corrections(),
                honest.checkRows(),
                honest.checkSum().add(Secp256k1.FIELD.one()));
        assertThatThrownBy(() -> bob.finish(cheating)).isInstanceOf(CheckFailedException.class);
    }

    @Test
    void finish_twice_isRefused() throws CheckFailedException {
        VoleReceiver bob = VoleReceiver.start(setup.receiverSeeds(), SESSION, RANDOM);
        VoleResponse response = VoleSender.respond(
                        setup.senderSeeds(), SESSION, bob.message(), List.of(Secp256k1.FIELD.one()), RANDOM)
                .response();
        bob.finish(response);
        assertThatThrownBy(() -> bob.finish(response)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void gadget_startsWithPowersOfTwo() {
        assertThat(Gadget.VECTOR.get(10)).isEqualTo(Secp256k1.FIELD.of(1024));
        assertThat(Gadget.VECTOR).hasSize(416);
    }
}
