package dev.custos.detect.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntelLoaderTest {
    @Test
    void defaults_containOfacForta_andDprkFeeds() {
        AddressIntel intel = IntelLoader.defaults();

        // Ronin exploiter, on the OFAC SDN list (0xB10C ETH list).
        assertThat(intel.lookup("0x098B716B8Aaf21512996dC57EB0615e2383E2f96"))
                .hasValueSatisfying(entry -> assertThat(entry.category()).isEqualTo(IntelCategory.SANCTIONED));
        // First phishing address of Forta labels/1/phishing_scams.csv, in upper case: lookups ignore EVM case.
        assertThat(intel.lookup("0x000000000532B45F47779FCE440748893B257865")).hasValueSatisfying(entry -> {
            assertThat(entry.category()).isEqualTo(IntelCategory.MALICIOUS);
            assertThat(entry.label()).isEqualTo("Fake_Phishing3901");
        });
        // Bybit attacker EOA from the DPRK incident list.
        assertThat(intel.lookup("0x0fa09c3a328792253f8dee7116848723b72a6d2e")).isPresent();
        assertThat(intel.countsBySource()).containsKeys("OFAC-SDN(0xB10C-2024-09-27)", "Forta-labelled-datasets");
        assertThat(intel.size()).isGreaterThan(7_700);
    }

    @Test
    void defaults_skipVictimRowsOfTheDprkList() {
        AddressIntel intel = IntelLoader.defaults();

        // Bybit's own cold-wallet Safe is listed as a victim: it must not be screened as malicious.
        assertThat(intel.lookup("0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4")).isEmpty();
    }

    @Test
    void load_directory_readsListsAndCsv_sanctionedByFileName(@TempDir Path folder) throws IOException {
        Files.writeString(
                folder.resolve("my_sanctions.txt"),
                "# comment\n0x1111111111111111111111111111111111111111\n\nnot-an-address!\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("drainers.csv"), """
                address,label
                0x2222222222222222222222222222222222222222,"Drainer, v2"
                0x1111111111111111111111111111111111111111,also listed
                """, StandardCharsets.UTF_8);
        AddressIntel.Builder builder = AddressIntel.builder();

        IntelLoader.load(folder, builder);
        AddressIntel intel = builder.build();

        assertThat(intel.lookup("0x1111111111111111111111111111111111111111"))
                .hasValueSatisfying(entry -> assertThat(entry.category()).isEqualTo(IntelCategory.SANCTIONED));
        assertThat(intel.lookup("0x2222222222222222222222222222222222222222"))
                .hasValueSatisfying(entry -> assertThat(entry.label()).isEqualTo("Drainer, v2"));
        assertThat(intel.size()).isEqualTo(2);
    }

    @Test
    void load_csvWithoutAddressColumn_failsNamingTheFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "name,tag\nx,y\n", StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IntelLoader.load(file, AddressIntel.builder()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("bad.csv");
    }

    @Test
    void addresses_lookAlike_sameEndsDifferentMiddle() {
        String known = "0xa9d1e08c7793af67e9d92fe308d5697fb81d3e43";
        String poisoned = "0xa9d1000000000000000000000000000000003e43";
        String unrelated = "0xb9d1000000000000000000000000000000003e43";

        assertThat(Addresses.lookAlike(poisoned, known)).isTrue();
        assertThat(Addresses.lookAlike(known.toUpperCase(java.util.Locale.ROOT).replace("0X", "0x"), known))
                .isFalse();
        assertThat(Addresses.lookAlike(unrelated, known)).isFalse();
        assertThat(Addresses.normalize("0x46deef0f52e3a983b67abf4714448a41dd7ffd6d32d32da69d62081c68ad7882"))
                .isEmpty();
    }
}
