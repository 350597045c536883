package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.TestResources;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PsbtDecoderTest {
    @Test
    void globalXpubVector_feeChangeAndMainnetAddresses() throws DecodingException {
        Psbt psbt = PsbtParser.parse(vector("0174", "PSBT with `PSBT_GLOBAL_XPUB`."));

        BitcoinIntent intent = PsbtDecoder.decode(psbt, null);

        // Two witness UTXOs of 1 BTC; outputs 1 BTC (P2PKH) and 0.999 BTC (P2WPKH, derived from the xpub's key).
        assertThat(intent.network()).isEqualTo(Network.MAINNET);
        assertThat(intent.totalIn()).isEqualTo(200_000_000L);
        assertThat(intent.totalOut()).isEqualTo(199_900_000L);
        assertThat(intent.fee()).isEqualTo(100_000L);
        assertThat(intent.outputs().get(0).change()).isFalse();
        assertThat(intent.outputs().get(0).scriptType()).isEqualTo(ScriptType.P2PKH);
        assertThat(intent.outputs().get(0).address().orElseThrow()).startsWith("1");
        assertThat(intent.outputs().get(1).change()).isTrue();
        assertThat(intent.outputs().get(1).address().orElseThrow()).startsWith("bc1q");
        assertThat(intent.sent()).isEqualTo(100_000_000L);
        assertThat(intent.flags()).isEmpty();
        assertThat(intent.summary()).contains("Send 1.00000000 BTC", "fee 0.00100000 BTC", "change 0.99900000 BTC");
    }

    @Test
    void p2wshVector_testnetXpubs_externalOutput() throws DecodingException {
        Psbt psbt = PsbtParser.parse(vector("0174", "PSBT with one P2WSH input of a 2-of-2 multisig."));

        BitcoinIntent intent = PsbtDecoder.decode(psbt, null);

        // Witness UTXO 5 BTC (0x1dcd6500 sat), one output of 0x1dcd3df0 sat to a key of another master fingerprint.
        assertThat(intent.network()).isEqualTo(Network.TESTNET);
        assertThat(intent.inputs().getFirst().scriptType()).isEqualTo(ScriptType.P2WSH);
        assertThat(intent.fee()).isEqualTo(0x1dcd6500L - 0x1dcd3df0L);
        assertThat(intent.outputs().getFirst().change()).isFalse();
        assertThat(intent.outputs().getFirst().address().orElseThrow()).startsWith("tb1q");
    }

    @Test
    void inputWithoutUtxo_feeUnknown_throws() throws DecodingException {
        Psbt psbt = PsbtParser.parse(vector("0174", "PSBT with unknown types in the inputs."));

        assertThatThrownBy(() -> PsbtDecoder.decode(psbt, Network.MAINNET))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("input 0 has neither a witness nor a non-witness UTXO");
    }

    @Test
    void nonWitnessUtxoVector_amountFromThePreviousTransaction() throws DecodingException {
        Psbt psbt = PsbtParser.parse(
                vector("0174", "PSBT with one P2PKH input and one P2SH-P2WPKH input both with non-final scriptSigs."));

        assertThat(psbt.inputs().getFirst().nonWitnessUtxo()).isPresent();
        assertThat(psbt.inputs().getFirst().spentOutput()).isPresent();
    }

    @Test
    void nonWitnessUtxo_txidMismatch_throws() throws DecodingException {
        byte[] good = vector("0174", "PSBT with one P2PKH input. Outputs are empty");
        // Spend a different previous txid: flip one byte of the unsigned transaction's first prevout.
        String hex = Hex.encodeWithoutPrefix(good);
        int prevout = hex.indexOf("0100750200000001") + 16;
        String mutated =
                hex.substring(0, prevout) + flip(hex.substring(prevout, prevout + 2)) + hex.substring(prevout + 2);

        assertThatThrownBy(() -> PsbtParser.parse(TestResources.hex(mutated)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("non-witness UTXO has txid");
    }

    @Test
    void highFee_isFlagged() throws DecodingException {
        // Version 2 PSBT: one witness UTXO of 1,000,000 sat, one P2WPKH output of 900,000 sat: a 10% fee.
        String psbt = "70736274ff" + "01020402000000" + "01040101" + "01050101" + "01fb0402000000" + "00"
                + "010e20" + "11".repeat(32) + "010f0400000000"
                + "01011f" + "40420f0000000000" + "160014" + "22".repeat(20) + "00"
                + "010308" + "a0bb0d0000000000" + "010416" + "0014" + "33".repeat(20) + "00";

        BitcoinIntent intent = PsbtDecoder.decode(PsbtParser.parse(TestResources.hex(psbt)), Network.MAINNET);

        assertThat(intent.fee()).isEqualTo(100_000L);
        assertThat(intent.flags()).contains(BitcoinFlag.HIGH_FEE);
        assertThat(intent.psbtVersion()).isEqualTo(2);
    }

    @Test
    void parseBase64_bip174Example_matchesHex() throws DecodingException {
        byte[] bytes = vector("0174", "PSBT with `PSBT_GLOBAL_XPUB`.");

        Psbt fromBase64 = PsbtParser.parseBase64(Base64.getEncoder().encodeToString(bytes));

        assertThat(fromBase64.inputs()).hasSize(2);
        assertThatThrownBy(() -> PsbtParser.parseBase64("cHNidP8!!"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("Base64");
    }

    @Test
    void unknownInputTypes_areKeptAndFlagged() throws DecodingException {
        Psbt psbt = PsbtParser.parse(vector("0174", "PSBT with unknown types in the inputs."));

        assertThat(psbt.inputs().getFirst().unknown()).hasSize(1);
        assertThat(psbt.inputs().getFirst().unknown().getFirst().keyType()).isEqualTo(0xf0L);
    }

    private static String flip(String hexByte) {
        return String.format("%02x", Integer.parseInt(hexByte, 16) ^ 0x01);
    }

    static byte[] vector(String bip, String descriptionPrefix) {
        for (String kind : new String[] {"valid", "invalid"}) {
            for (JsonNode vector : TestResources.json("vectors/bitcoin/bip" + bip + "-vectors.json")
                    .get(kind)) {
                if (vector.get("description").asText().startsWith(descriptionPrefix)) {
                    return TestResources.hex(vector.get("hex").asText());
                }
            }
        }
        throw new IllegalArgumentException("no vector " + descriptionPrefix);
    }
}
