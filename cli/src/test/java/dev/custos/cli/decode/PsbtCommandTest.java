package dev.custos.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsbtCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // BIP174 test vector "PSBT with PSBT_GLOBAL_XPUB" (bitcoin/bips 7fe0b034ec967b52a5a28276419117326df93263).
    private static final String XPUB_VECTOR =
            "70736274ff01009d0100000002710ea76ab45c5cb6438e607e59cc037626981805ae9e0df"
                    + "d9089012abb0be5350100000000ffffffff190994d6a8b3c8c82ccbcfb2fba4106aa06639b872a8d447465c0d42588d6d670000"
                    + "000000ffffffff0200e1f505000000001976a914b6bc2c0ee5655a843d79afedd0ccc3f7dd64340988ac605af40500000000160"
                    + "0141188ef8e4ce0449eaac8fb141cbf5a1176e6a088000000004f010488b21e039e530cac800000003dbc8a5c9769f031b17e77"
                    + "fea1518603221a18fd18f2b9a54c6c8c1ac75cbc3502f230584b155d1c7f1cd45120a653c48d650b431b67c5b2c13f27d714203"
                    + "7c1691027569c503100008000000080000000800001011f00e1f5050000000016001433b982f91b28f160c920b4ab95e58ce50dd"
                    + "a3a4a220203309680f33c7de38ea6a47cd4ecd66f1f5a49747c6ffb8808ed09039243e3ad5c47304402202d704ced830c56a909"
                    + "344bd742b6852dccd103e963bae92d38e75254d2bb424502202d86c437195df46c0ceda084f2a291c3da2d64070f76bf9b90b19"
                    + "5e7ef28f77201220603309680f33c7de38ea6a47cd4ecd66f1f5a49747c6ffb8808ed09039243e3ad5c1827569c503100008000"
                    + "0000800000008000000000010000000001011f00e1f50500000000160014388fb944307eb77ef45197d0b0b245e079f011de2202"
                    + "02c777161f73d0b7c72b9ee7bde650293d13f095bc7656ad1f525da5fd2e10b11047304402204cb1fb5f869c942e0e26100576"
                    + "125439179ae88dca8a9dc3ba08f7953988faa60220521f49ca791c27d70e273c9b14616985909361e25be274ea200d7e08827e5"
                    + "14d01220602c777161f73d0b7c72b9ee7bde650293d13f095bc7656ad1f525da5fd2e10b1101827569c503100008000000080000"
                    + "0008000000000000000000000220202d20ca502ee289686d21815bd43a80637b0698e1fbcdbe4caed445f6c1a0a90ef1827569c"
                    + "50310000800000008000000080000000000400000000";

    @TempDir
    Path folder;

    @Test
    void psbt_base64Argument_jsonHasFeeAndChange() throws Exception {
        CliRun run = CliRun.of("decode", "--psbt", base64(), "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        JsonNode json = MAPPER.readTree(run.out().strip());
        assertThat(json.get("fee_sat").asLong()).isEqualTo(100_000L);
        assertThat(json.get("outputs").get(1).get("change").asBoolean()).isTrue();
        assertThat(json.get("outputs").get(0).get("script_type").asText()).isEqualTo("p2pkh");
        assertThat(json.get("network").asText()).isEqualTo("mainnet");
    }

    @Test
    void psbt_hexFile_textShowsOutputsAndFee() throws Exception {
        Path file = folder.resolve("tx.psbt");
        Files.writeString(file, XPUB_VECTOR + "\n");

        CliRun run = CliRun.of("decode", "--psbt", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("Bitcoin PSBT (version 0)", "fee:", "100000 sat", "(change)");
    }

    @Test
    void psbt_binaryFile_testnetOverride() throws Exception {
        Path file = folder.resolve("tx.bin");
        Files.write(file, java.util.HexFormat.of().parseHex(XPUB_VECTOR));

        CliRun run = CliRun.of("decode", "--psbt", file.toString(), "--network", "testnet", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(MAPPER.readTree(run.out().strip())
                        .get("outputs")
                        .get(1)
                        .get("address")
                        .asText())
                .startsWith("tb1q");
    }

    @Test
    void psbt_truncated_exitsTwo() {
        String truncated = java.util.Base64.getEncoder()
                .encodeToString(java.util.HexFormat.of().parseHex(XPUB_VECTOR.substring(0, 200)));

        CliRun run = CliRun.of("decode", "--psbt", truncated);

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--psbt:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void psbt_notAPsbt_exitsTwo() throws Exception {
        Path file = folder.resolve("junk.txt");
        Files.writeString(file, "hello");

        CliRun run = CliRun.of("decode", "--psbt", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("holds no PSBT");
    }

    @Test
    void psbt_withTypedData_isRefused() {
        CliRun run = CliRun.of("decode", "--psbt", base64(), "--typed-data", "x.json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("mutually exclusive");
    }

    private static String base64() {
        return java.util.Base64.getEncoder()
                .encodeToString(java.util.HexFormat.of().parseHex(XPUB_VECTOR));
    }
}
