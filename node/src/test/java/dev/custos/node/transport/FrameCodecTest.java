package dev.custos.node.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FrameCodecTest {
    @Test
    void everyKindRoundTrips() throws IOException {
        for (Frame frame : new Frame[] {
            new Frame.Ping(7), new Frame.Pong(-1), new Frame.Accepted("node-1"), new Frame.Close("bye, ünïcode")
        }) {
            assertThat(decode(encode(frame))).isEqualTo(frame);
        }
        Frame.Data data = (Frame.Data) decode(encode(new Frame.Data(new byte[] {1, 2, 3})));
        assertThat(data.message()).containsExactly(1, 2, 3);
        Frame.Data empty = (Frame.Data) decode(encode(new Frame.Data(new byte[0])));
        assertThat(empty.message()).isEmpty();
    }

    @Test
    void theEncodingIsALengthThenAKindThenTheBody() throws IOException {
        assertThat(HexFormat.of().formatHex(encode(new Frame.Data(new byte[] {(byte) 0xab}))))
                .isEqualTo("0000000201ab");
        assertThat(HexFormat.of().formatHex(encode(new Frame.Ping(1)))).isEqualTo("00000009020000000000000001");
        assertThat(HexFormat.of().formatHex(encode(new Frame.Close("x")))).isEqualTo("000000020578");
    }

    @Test
    void aLengthAboveTheLimitIsRefusedBeforeTheBodyIsRead() {
        byte[] header = HexFormat.of().parseHex("01010002");
        assertThat(0x01010002).isEqualTo(FrameCodec.MAX_FRAME_LENGTH + 1);
        assertThatThrownBy(() -> decode(header))
                .isInstanceOf(FrameException.class)
                .hasMessage("a frame of " + (FrameCodec.MAX_FRAME_LENGTH + 1) + " bytes is longer than the limit of "
                        + FrameCodec.MAX_FRAME_LENGTH + " bytes");
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("ffffffff")))
                .isInstanceOf(FrameException.class)
                .hasMessageContaining("a frame of 4294967295 bytes is longer than the limit");
    }

    @Test
    void malformedFramesAreNamed() {
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("00000000")))
                .isInstanceOf(FrameException.class)
                .hasMessage("an empty frame (no kind byte)");
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("0000000163")))
                .isInstanceOf(FrameException.class)
                .hasMessage("a frame of unknown kind 99");
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("000000030200ff")))
                .isInstanceOf(FrameException.class)
                .hasMessage("a PING frame carries an 8-byte token, got 2 bytes");
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("0000000305c328")))
                .isInstanceOf(FrameException.class)
                .hasMessage("a CLOSE frame's text is not valid UTF-8");
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("0000000501aa")))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void aLongCloseReasonIsCutAtACharacterBoundary() throws IOException {
        String reason = "é".repeat(FrameCodec.MAX_TEXT_LENGTH);
        Frame.Close decoded = (Frame.Close) decode(encode(new Frame.Close(reason)));
        assertThat(decoded.reason()).isEqualTo("é".repeat(FrameCodec.MAX_TEXT_LENGTH / 2));
    }

    @Test
    void aMessageAboveTheLimitCannotBeFramed() {
        assertThatThrownBy(() -> new Frame.Data(new byte[FrameCodec.MAX_MESSAGE_LENGTH + 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + FrameCodec.MAX_MESSAGE_LENGTH);
    }

    private static byte[] encode(Frame frame) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameCodec.write(out, frame);
        return out.toByteArray();
    }

    private static Frame decode(byte[] bytes) throws IOException {
        return FrameCodec.read(new ByteArrayInputStream(bytes));
    }
}
