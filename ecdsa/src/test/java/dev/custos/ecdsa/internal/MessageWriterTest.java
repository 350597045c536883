package dev.custos.ecdsa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageWriterTest {
    @Test
    void toByteArray_withAndWithoutReservation_givesTheWrittenBytes() {
        byte[] large = new byte[1000];
        large[0] = 7;
        large[999] = 9;
        byte[] grown = MessageWriter.message(2, 3)
                .putInt(0x01020304)
                .putFixed(large)
                .putVariable(new byte[] {5})
                .toByteArray();
        byte[] reserved = MessageWriter.message(2, 3)
                .reserve(4 + large.length + 5)
                .putInt(0x01020304)
                .putFixed(large)
                .putVariable(new byte[] {5})
                .toByteArray();
        assertThat(reserved).isEqualTo(grown).hasSize(2 + 4 + 1000 + 5);
        assertThat(grown).startsWith(2, 3, 1, 2, 3, 4, 7).endsWith(9, 0, 0, 0, 1, 5);
    }

    @Test
    void reserve_negativeLength_isRefused() {
        assertThatThrownBy(() -> MessageWriter.message(1, 1).reserve(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
