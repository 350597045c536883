package dev.custos.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListTest {
    private static final String SAFE = "0x1db92e2eebc8e0c075a02bea49a2935bcd2dfcf4";

    @Test
    void entries_areRead() throws Exception {
        WatchList list = WatchList.parse(
                "{\"contracts\":[{\"address\":\"" + SAFE
                        + "\",\"kind\":\"Safe\",\"label\":\"treasury\",\"wallet\":\"cold-eth\"},"
                        + "{\"address\":\"0x3d80b31a78c30fc628f20b2c89d7ddbf6e53cedc\",\"kind\":\"wallet\",\"label\":\"hot\"}]}");

        assertThat(list.contracts()).hasSize(2);
        assertThat(list.contracts().get(0).kind()).isEqualTo(ContractKind.SAFE);
        assertThat(list.contracts().get(0).effectiveWalletId()).contains("cold-eth");
        assertThat(list.contracts().get(1).effectiveWalletId()).contains("hot");
        assertThat(list.ofKind(ContractKind.WALLET)).hasSize(1);
    }

    @Test
    void problems_nameTheEntryAndField(@TempDir Path folder) throws Exception {
        assertThatThrownBy(() -> WatchList.parse(
                        "{\"contracts\":[{\"address\":\"" + SAFE + "\",\"kind\":\"vault\",\"label\":\"x\"}]}"))
                .hasMessageContaining("contracts[0].kind \"vault\" is not one of safe, proxy");
        assertThatThrownBy(() ->
                        WatchList.parse("{\"contracts\":[{\"address\":\"0x12\",\"kind\":\"safe\",\"label\":\"x\"}]}"))
                .hasMessageContaining("contracts[0].address is not an address");
        assertThatThrownBy(() -> WatchList.parse("{\"contracts\":[{\"address\":\"" + SAFE
                        + "\",\"kind\":\"safe\",\"label\":\"x\",\"lable\":\"y\"}]}"))
                .hasMessageContaining("contracts[0].lable is not a known field");
        assertThatThrownBy(() -> WatchList.parse("{\"contracts\":[{\"address\":\"" + SAFE
                        + "\",\"kind\":\"safe\",\"label\":\"a\"},{\"address\":\""
                        + SAFE.toUpperCase().replace("0X", "0x")
                        + "\",\"kind\":\"proxy\",\"label\":\"b\"}]}"))
                .hasMessageContaining("contracts[1].address")
                .hasMessageContaining("registered twice");
        assertThatThrownBy(() -> WatchList.parse("{\"contracts\":[{\"address\":\"" + SAFE + "\",\"kind\":\"safe\"}]}"))
                .hasMessageContaining("contracts[0].label is missing");
        assertThatThrownBy(() -> WatchList.parse("{\"contracts\":[]}")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> WatchList.parse("[1,2")).hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> WatchList.read(folder.resolve("missing.json")))
                .isInstanceOf(InvalidWatchListException.class)
                .hasMessageContaining("does not exist");
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"contracts\":\"all\"}");
        assertThatThrownBy(() -> WatchList.read(bad)).hasMessageContaining(bad + ": \"contracts\" must be an array");
    }
}
