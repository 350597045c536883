package dev.custos.e2e.evm;

import static dev.custos.e2e.evm.WatchContractsOnHardhatTest.send;
import static dev.custos.e2e.evm.WatchContractsOnHardhatTest.watched;
import static dev.custos.e2e.evm.WatchRun.actions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.localevm.EvmNode;
import dev.custos.watch.ContractKind;
import dev.custos.watch.WatchList;
import dev.custos.watch.follow.StepReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher's checkpoint on a real node: a restart in the middle of a stream of changes resumes without a gap or a
 * duplicate; a reorganisation of blocks it already read (hardhat {@code evm_snapshot}/{@code evm_revert}, then other
 * blocks) retracts what it delivered from the removed blocks and delivers the new branch; one shallower than the
 * confirmation depth is never seen.
 */
@ExtendWith(HardhatExtension.class)
class WatchResumeOnHardhatTest {
    @TempDir
    Path data;

    @Test
    void restartMidStream_resumesWithoutGapOrDuplicate(EvmNode node) throws Exception {
        List<Address> accounts = node.accounts();
        Address vault = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        WatchRun run = new WatchRun(node, list(vault), data, 0, 1);
        for (int i = 0; i < 4; i++) {
            handOver(node, vault, accounts.get(i), accounts.get(i + 1));
        }

        run.step();
        run.step();
        assertThat(run.delivered()).hasSize(2);
        run.restart();
        run.catchUp();
        run.restart();
        assertThat(run.catchUp()).isEmpty();
        handOver(node, vault, accounts.get(4), accounts.get(5));
        run.restart();
        run.catchUp();

        List<ObjectNode> all = run.delivered();
        assertThat(actions(all))
                .containsOnly("governance.ownership_transferred")
                .hasSize(5);
        assertThat(all.stream()
                        .map(event -> event.path("custos.governance.new_value").asText()))
                .containsExactly(
                        lower(accounts.get(1)),
                        lower(accounts.get(2)),
                        lower(accounts.get(3)),
                        lower(accounts.get(4)),
                        lower(accounts.get(5)));
        assertThat(all.stream().map(event -> event.path("event.id").asText())).doesNotHaveDuplicates();
    }

    @Test
    void reorganisation_retractsTheRemovedBranchAndDeliversTheNewOne(EvmNode node) throws Exception {
        List<Address> accounts = node.accounts();
        Address vault = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        WatchRun run = new WatchRun(node, list(vault), data, 0, 100);
        String snapshot = node.snapshot();
        handOver(node, vault, accounts.get(0), accounts.get(1));
        List<ObjectNode> first = run.catchUp();
        assertThat(actions(first)).containsExactly("governance.ownership_transferred");

        assertThat(node.revert(snapshot)).isTrue();
        handOver(node, vault, accounts.get(0), accounts.get(2));
        node.mine(2);
        StepReport report = run.step();
        List<ObjectNode> after = run.delivered().subList(1, run.delivered().size());

        assertThat(report.forkPoint()).isPresent();
        assertThat(report.retracted()).isEqualTo(1);
        assertThat(actions(after)).containsExactly("chain.event_removed", "governance.ownership_transferred");
        assertThat(after.get(0).path("custos.chain.removed_event_id").asText())
                .isEqualTo(first.get(0).path("event.id").asText());
        assertThat(after.get(0).path("custos.chain.removed_action").asText())
                .isEqualTo("governance.ownership_transferred");
        assertThat(after.get(1).path("custos.governance.new_value").asText()).isEqualTo(lower(accounts.get(2)));
        assertThat(after.get(1).path("event.id").asText())
                .isNotEqualTo(first.get(0).path("event.id").asText());
        run.restart();
        assertThat(run.catchUp()).isEmpty();
    }

    @Test
    void reorganisationShallowerThanTheConfirmations_isNeverSeen(EvmNode node) throws Exception {
        List<Address> accounts = node.accounts();
        Address vault = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        WatchRun run = new WatchRun(node, list(vault), data, 3, 100);
        String snapshot = node.snapshot();
        handOver(node, vault, accounts.get(0), accounts.get(1));
        assertThat(run.catchUp()).isEmpty();

        assertThat(node.revert(snapshot)).isTrue();
        handOver(node, vault, accounts.get(0), accounts.get(2));
        node.mine(3);
        List<ObjectNode> events = run.catchUp();

        assertThat(actions(events)).containsExactly("governance.ownership_transferred");
        assertThat(events.get(0).path("custos.governance.new_value").asText()).isEqualTo(lower(accounts.get(2)));
    }

    private static WatchList list(Address vault) {
        return new WatchList(List.of(watched(vault, ContractKind.OWNABLE, "vault")));
    }

    private static void handOver(EvmNode node, Address vault, Address from, Address to) {
        send(node, from, vault, Calls.encode("transferOwnership(address newOwner)", Calls.address(to)));
    }

    private static String lower(Address address) {
        return address.toString().toLowerCase(Locale.ROOT);
    }
}
