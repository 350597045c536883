package dev.custos.e2e.evm;

import static dev.custos.e2e.evm.WatchContractsOnHardhatTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.ethereum.Address;
import dev.custos.cli.Main;
import dev.custos.localevm.EvmNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code custos watch --once} against a real node: events as JSON lines in the output file, a status line per step,
 * and a second run on the same data folder that adds only what is new.
 */
@ExtendWith(HardhatExtension.class)
class WatchCommandOnHardhatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void watchOnce_writesEventsAndResumesFromItsCheckpoint(EvmNode node) throws Exception {
        Address vault = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        Path contracts = Files.writeString(
                folder.resolve("contracts.json"),
                "{\"contracts\":[{\"address\":\"" + vault + "\",\"kind\":\"ownable\",\"label\":\"vault\"}]}");
        long first = node.blockNumber() + 1;
        List<Address> accounts = node.accounts();
        send(node, accounts.get(0), vault, handOver(accounts.get(1)));
        Path output = folder.resolve("events.ndjson");
        String[] args = {
            "watch",
            "--rpc",
            node.rpc().endpoint().toString(),
            "--contracts",
            contracts.toString(),
            "--data",
            folder.resolve("data").toString(),
            "--confirmations",
            "0",
            "--from-block",
            Long.toString(first),
            "--max-range",
            "1",
            "--once",
            "--output",
            output.toString()
        };

        StringWriter err = new StringWriter();
        assertThat(Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .as(err.toString())
                .isZero();
        send(node, accounts.get(1), vault, handOver(accounts.get(2)));
        assertThat(Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .as(err.toString())
                .isZero();

        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(output)) {
            events.add(JSON.readTree(line));
        }
        assertThat(events).hasSize(2);
        assertThat(events.stream().map(event -> event.path("event.action").asText()))
                .containsOnly("governance.ownership_transferred");
        assertThat(events.stream().map(event -> event.path("event.id").asText()))
                .doesNotHaveDuplicates();
        assertThat(err.toString())
                .contains("custos watch: 1 contracts on chain 31337")
                .contains("custos watch: blocks " + first + ".." + first + " (head ")
                .contains(", checkpoint ");
    }

    private static byte[] handOver(Address to) {
        return Calls.encode("transferOwnership(address newOwner)", Calls.address(to));
    }
}
