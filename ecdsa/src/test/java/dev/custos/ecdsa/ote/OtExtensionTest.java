package dev.custos.ecdsa.ote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.ot.OtFixtures;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OtExtensionTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SESSION = "extension session".getBytes(StandardCharsets.US_ASCII);
    private static OtFixtures.Setup setup;

    @BeforeAll
    static void baseOts() {
        setup = OtFixtures.setup(RANDOM);
    }

    @Test
    void extend_honest_rowsAreCorrelated() throws CheckFailedException {
        ExtensionReceiver receiver = ExtensionReceiver.extend(setup.receiverSeeds(), SESSION, RANDOM);
        ExtensionSender sender = ExtensionSender.receive(setup.senderSeeds(), SESSION, receiver.message());
        for (int j = 0; j < OtExtension.USABLE_ROWS; j++) {
            byte[] expected = receiver.choice(j) == 0 ? sender.zeroRow(j) : sender.oneRow(j);
            byte[] other = receiver.choice(j) == 0 ? sender.oneRow(j) : sender.zeroRow(j);
            assertThat(receiver.row(j)).isEqualTo(expected);
            assertThat(receiver.row(j)).isNotEqualTo(other);
        }
    }

    @Test
    void receive_inconsistentColumn_failsCheck() {
        ExtensionReceiver receiver = ExtensionReceiver.extend(setup.receiverSeeds(), SESSION, RANDOM);
        ExtensionMessage honest = receiver.message();
        byte[] correction = honest.correction();
        // a cheating receiver uses a different choice vector in column 5 (one flipped choice bit there only)
        correction[5 * OtExtension.COLUMN_BYTES + 3] ^= 0x10;
        ExtensionMessage cheating =
                new ExtensionMessage(honest.salt(), correction, honest.choiceCheck(), honest.rowCheck());
        assertThatThrownBy(() -> ExtensionSender.receive(setup.senderSeeds(), SESSION, cheating))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining("consistency");
    }

    @Test
    void receive_tamperedCheckValue_failsCheck() {
        ExtensionMessage honest =
                ExtensionReceiver.extend(setup.receiverSeeds(), SESSION, RANDOM).message();
        byte[] rowCheck = honest.rowCheck();
        rowCheck[0] ^= 1;
        ExtensionMessage cheating =
                new ExtensionMessage(honest.salt(), honest.correction(), honest.choiceCheck(), rowCheck);
        assertThatThrownBy(() -> ExtensionSender.receive(setup.senderSeeds(), SESSION, cheating))
                .isInstanceOf(CheckFailedException.class);
    }

    @Test
    void receive_otherSession_failsCheck() {
        ExtensionMessage message =
                ExtensionReceiver.extend(setup.receiverSeeds(), SESSION, RANDOM).message();
        byte[] otherSession = "another session".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ExtensionSender.receive(setup.senderSeeds(), otherSession, message))
                .isInstanceOf(CheckFailedException.class);
    }

    @Test
    void message_wrongLength_isRejected() {
        assertThatThrownBy(() -> new ExtensionMessage(new byte[32], new byte[10], new byte[16], new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
