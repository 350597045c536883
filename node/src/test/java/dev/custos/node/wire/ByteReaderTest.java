package dev.custos.node.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import org.junit.jupiter.api.Test;

class ByteReaderTest {
    @Test
    void read_whatTheWriterWrote_returnsEveryField() throws Exception {
        byte[] encoded = new ByteWriter()
                .u8(7)
                .u32(123456)
                .u64(Long.MAX_VALUE)
                .raw(new byte[] {1, 2})
                .bytes(new byte[] {3})
                .string("node-1")
                .toByteArray();
        ByteReader reader = new ByteReader(encoded, "test");
        assertThat(reader.u8("a")).isEqualTo(7);
        assertThat(reader.u32("b")).isEqualTo(123456);
        assertThat(reader.u64("c")).isEqualTo(Long.MAX_VALUE);
        assertThat(reader.raw(2, "d")).containsExactly(1, 2);
        assertThat(reader.bytes(10, "e")).containsExactly(3);
        assertThat(reader.string(10, "f")).isEqualTo("node-1");
        reader.finish();
    }

    @Test
    void u32_truncated_namesTheEncodingAndTheField() {
        ByteReader reader = new ByteReader(new byte[] {0, 0, 1}, "envelope");
        assertThatThrownBy(() -> reader.u32("round"))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessage("envelope: field 'round': truncated (needs 4 bytes, 3 left)");
    }

    @Test
    void u32_topBitSet_isRejected() {
        ByteReader reader = new ByteReader(new byte[] {(byte) 0x80, 0, 0, 0}, "test");
        assertThatThrownBy(() -> reader.u32("count")).hasMessageContaining("2147483648 is above 2^31 - 1");
    }

    @Test
    void u64_topBitSet_isRejected() {
        ByteReader reader = new ByteReader(new byte[] {(byte) 0xFF, 0, 0, 0, 0, 0, 0, 0}, "test");
        assertThatThrownBy(() -> reader.u64("version")).hasMessageContaining("field 'version'");
    }

    @Test
    void bytes_lengthAboveTheLimit_isRejectedBeforeReading() {
        byte[] encoded = new ByteWriter().u32(1000).toByteArray();
        ByteReader reader = new ByteReader(encoded, "test");
        assertThatThrownBy(() -> reader.bytes(16, "payload"))
                .hasMessage("test: field 'payload': length 1000 is above the limit of 16");
    }

    @Test
    void bytes_lengthBeyondTheEnd_isTruncated() {
        byte[] encoded = new ByteWriter().u32(5).raw(new byte[] {1, 2}).toByteArray();
        ByteReader reader = new ByteReader(encoded, "test");
        assertThatThrownBy(() -> reader.bytes(16, "payload")).hasMessageContaining("truncated");
    }

    @Test
    void string_invalidUtf8_isRejected() {
        byte[] encoded = new ByteWriter().bytes(new byte[] {(byte) 0xC3, 0x28}).toByteArray();
        ByteReader reader = new ByteReader(encoded, "test");
        assertThatThrownBy(() -> reader.string(16, "name")).hasMessage("test: field 'name': not valid UTF-8");
    }

    @Test
    void finish_trailingBytes_isRejected() throws Exception {
        ByteReader reader = new ByteReader(new byte[] {1, 2, 3}, "committee");
        reader.u8("first");
        assertThatThrownBy(reader::finish).hasMessage("committee: 2 trailing bytes after the last field");
    }

    @Test
    void writer_negativeValues_areRefused() {
        ByteWriter writer = new ByteWriter();
        assertThatThrownBy(() -> writer.u32(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.u64(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.u8(256)).isInstanceOf(IllegalArgumentException.class);
    }
}
