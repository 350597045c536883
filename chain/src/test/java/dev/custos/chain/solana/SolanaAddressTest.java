package dev.custos.chain.solana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SolanaAddressTest {
    @Test
    void knownProgramAddressesRoundTripThroughBase58() throws DecodingException {
        assertThat(SolanaAddress.of(new byte[32]).toBase58()).isEqualTo("11111111111111111111111111111111");
        // The SPL Token program id and its bytes, as published with the program.
        SolanaAddress token = SolanaAddress.fromBase58("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
        assertThat(HexFormat.of().formatHex(token.bytes()))
                .isEqualTo("06ddf6e1d765a193d9cbe146ceeb79ac1cb485ed5f5b37913a8cf5857eff00a9");
        assertThat(token.toBase58()).isEqualTo("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
    }

    @Test
    void textThatIsNotA32ByteBase58AddressIsRefusedNamingWhy() {
        assertThatThrownBy(() -> SolanaAddress.fromBase58("0OIl")).hasMessageContaining("'0' is not a base58");
        assertThatThrownBy(() -> SolanaAddress.fromBase58("1111")).hasMessageContaining("decodes to 4 bytes");
        assertThatThrownBy(() -> SolanaAddress.fromBase58("")).hasMessageContaining("32 to 44");
        assertThatThrownBy(() -> SolanaAddress.of(new byte[31])).hasMessageContaining("32 bytes, got 31");
    }
}
