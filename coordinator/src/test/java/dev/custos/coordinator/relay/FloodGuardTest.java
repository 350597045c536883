package dev.custos.coordinator.relay;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.transport.Frame;
import dev.custos.node.transport.FrameCodec;
import dev.custos.node.transport.FrameException;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
    private long now;

    @Test
    void aBurstPassesThenTheRateApplies() throws FrameException {
        FloodGuard guard = new FloodGuard(new FloodLimit(10, 20, 1L << 30, 1L << 30), () -> now);
        for (int i = 0; i < 20; i++) {
            guard.admit(new Frame.Ping(i));
        }
        assertThatThrownBy(() -> guard.admit(new Frame.Ping(20)))
                .isInstanceOf(FrameException.class)
                .hasMessage("flooding: more than 10 frames per second (burst 20)");
        now += 500_000_000L; // half a second refills 5 frames
        for (int i = 0; i < 5; i++) {
            guard.admit(new Frame.Ping(i));
        }
        assertThatThrownBy(() -> guard.admit(new Frame.Ping(0))).isInstanceOf(FrameException.class);
    }

    @Test
    void bytesAreCountedToo() throws FrameException {
        long burst = FrameCodec.MAX_MESSAGE_LENGTH;
        FloodGuard guard = new FloodGuard(new FloodLimit(1_000, 1_000, 1024, burst), () -> now);
        guard.admit(new Frame.Data(new byte[FrameCodec.MAX_MESSAGE_LENGTH]));
        assertThatThrownBy(() -> guard.admit(new Frame.Data(new byte[2048])))
                .isInstanceOf(FrameException.class)
                .hasMessage("flooding: more than 1024 message bytes per second (burst " + burst + ")");
        now += 2_000_000_000L;
        assertThatCode(() -> guard.admit(new Frame.Data(new byte[2048]))).doesNotThrowAnyException();
    }
}
