package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.TestResources;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vectors from BIP173 and BIP350 (bitcoin/bips 7fe0b034ec967b52a5a28276419117326df93263, BSD-2-Clause). */
class Bech32Test {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "A12UEL5L",
                "a12uel5l",
                "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
                "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
                "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
                "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
                "?1ezyfcl"
            })
    void isValid_bip173Valid_isBech32(String text) {
        assertThat(Bech32.isValid(text, Bech32.Variant.BECH32)).isTrue();
        assertThat(Bech32.isValid(text, Bech32.Variant.BECH32M)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A1LQFN3A",
                "a1lqfn3a",
                "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
                "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
                "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
                "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
                "?1v759aa"
            })
    void isValid_bip350Valid_isBech32m(String text) {
        assertThat(Bech32.isValid(text, Bech32.Variant.BECH32M)).isTrue();
        assertThat(Bech32.isValid(text, Bech32.Variant.BECH32)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " 1nwldj5",
                "\u007f1axkwrx",
                "\u00801eym55h",
                "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
                "pzry9x0s0muk",
                "1pzry9x0s0muk",
                "x1b4n0q5v",
                "li1dgmt3",
                "de1lg7wt\u00ff",
                "A1G7SGD8",
                "10a06t8",
                "1qzzfhee"
            })
    void isValid_bip173Invalid_isRefused(String text) {
        assertThat(Bech32.isValid(text, Bech32.Variant.BECH32)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " 1xj0phk",
                "\u007f1g6xzxy",
                "\u00801vctc34",
                "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4",
                "qyrz8wqd2c9m",
                "1qyrz8wqd2c9m",
                "y1b0jsk6g",
                "lt1igcx5c0",
                "in1muywd",
                "mm1crxm3i",
                "au1s5cgom",
                "M1VUXWEZ",
                "16plkw9",
                "1p2gdwpf"
            })
    void isValid_bip350Invalid_isRefused(String text) {
        assertThat(Bech32.isValid(text, Bech32.Variant.BECH32M)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, 0014751e76e8199196d454941c45d1b3a323f1433bd6",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7,"
                + " 00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y,"
                + " 5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6",
        "BC1SW50QGDZ25J, 6002751e",
        "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs, 5210751e76e8199196d454941c45d1b3a323",
        "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy,"
                + " 0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
        "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c,"
                + " 5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0,"
                + " 512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
    })
    void encodeSegwit_bip350ValidAddresses(String address, String scriptHex) {
        byte[] script = TestResources.hex(scriptHex);
        int opcode = script[0] & 0xff;
        int version = opcode == 0 ? 0 : opcode - 0x50;
        String hrp = address.toLowerCase(Locale.ROOT).substring(0, 2);

        String encoded = Bech32.encodeSegwit(hrp, version, Arrays.copyOfRange(script, 2, script.length));

        assertThat(encoded).isEqualTo(address.toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({
        "0014751e76e8199196d454941c45d1b3a323f1433bd6, bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798,"
                + " bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        // hash160 of the secp256k1 generator (compressed) and of the genesis coinbase key: well-known addresses
        "76a914751e76e8199196d454941c45d1b3a323f1433bd688ac, 1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH",
        "76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac, 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    })
    void scriptAddress_mainnet(String scriptHex, String address) {
        assertThat(new Script(TestResources.hex(scriptHex)).address(Network.MAINNET))
                .contains(address);
    }
}
