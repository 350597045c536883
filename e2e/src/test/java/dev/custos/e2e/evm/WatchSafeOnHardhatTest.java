package dev.custos.e2e.evm;

import static dev.custos.e2e.evm.WatchRun.actions;
import static dev.custos.e2e.evm.WatchRun.withAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.detect.output.Alert;
import dev.custos.localevm.EvmNode;
import dev.custos.watch.ContractKind;
import dev.custos.watch.WatchList;
import dev.custos.watch.WatchedContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The watcher on real Safe bytecode (1.4.1, 1.3.0 and the Bybit wallet's 1.1.1): every owner, threshold, module,
 * guard and fallback-handler change made through real Safe transactions becomes its {@code governance.*} event with
 * the values before and after, and so does the singleton rewrite of a Bybit-style delegatecall (Safe emits nothing for
 * it; the watcher reads slot 0). The detection engine raises a high or critical alert on each.
 */
@ExtendWith(HardhatExtension.class)
class WatchSafeOnHardhatTest {
    private static final Address SENTINEL =
            Address.of(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});

    @TempDir
    Path data;

    @ParameterizedTest(name = "Safe {0}")
    @ValueSource(strings = {"1.4.1", "1.3.0", "1.1.1"})
    void everySafeChange_isAGovernanceEventWithAHighAlert(String version, EvmNode node) throws Exception {
        List<Address> accounts = node.accounts();
        Address owner = accounts.get(1);
        Address second = accounts.get(2);
        Address module = accounts.get(4);
        Address handler = accounts.get(5);
        DevSafe safe = DevSafe.create(node, version, List.of(owner), 1);
        WatchRun run = new WatchRun(
                node,
                new WatchList(List.of(
                        new WatchedContract(safe.address(), ContractKind.SAFE, "treasury", Optional.of("cold-eth")))),
                data,
                0,
                5);
        boolean guards = !version.equals("1.1.1");
        Address guard = Deployments.deploy(node, Deployments.fixture("PermissiveGuard"));

        safe.change(
                List.of(owner),
                "addOwnerWithThreshold(address owner,uint256 threshold)",
                Calls.address(second),
                Calls.number(1));
        safe.change(List.of(owner), "enableModule(address module)", Calls.address(module));
        safe.change(
                List.of(owner),
                "disableModule(address prevModule,address module)",
                Calls.address(SENTINEL),
                Calls.address(module));
        if (guards) {
            safe.change(List.of(owner), "setGuard(address guard)", Calls.address(guard));
            safe.change(List.of(owner), "setGuard(address guard)", Calls.address(Address.ZERO));
            safe.change(List.of(owner), "setFallbackHandler(address handler)", Calls.address(handler));
        }
        safe.change(
                List.of(owner),
                "removeOwner(address prevOwner,address owner,uint256 threshold)",
                Calls.address(SENTINEL),
                Calls.address(second),
                Calls.number(1));
        safe.change(
                List.of(owner),
                "addOwnerWithThreshold(address owner,uint256 threshold)",
                Calls.address(second),
                Calls.number(2));
        Address trojan = Deployments.deploy(node, Deployments.attackContract("Trojan"));
        Address backdoor = Deployments.deploy(node, Deployments.attackContract("Backdoor"));
        safe.execute(
                List.of(owner, second),
                trojan,
                Calls.encode("transfer(address to,uint256 amount)", Calls.address(backdoor), Calls.number(0)),
                1);

        List<ObjectNode> events = run.catchUp();

        List<String> expected = new ArrayList<>(
                List.of("governance.owner_added", "governance.module_enabled", "governance.module_disabled"));
        if (guards) {
            expected.addAll(List.of(
                    "governance.guard_changed", "governance.guard_changed", "governance.fallback_handler_changed"));
        }
        expected.addAll(List.of(
                "governance.owner_removed",
                "governance.owner_added",
                "governance.threshold_changed",
                "governance.contract_upgraded"));
        assertThat(actions(events)).containsExactlyElementsOf(expected);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("custos.governance.contract").asText()).isEqualTo(lower(safe.address()));
            assertThat(event.path("custos.wallet.id").asText()).isEqualTo("cold-eth");
            assertThat(event.path("event.category").asText()).isEqualTo("configuration");
        });
        assertThat(withAction(events, "governance.owner_added")
                        .get(0)
                        .path("custos.governance.new_value")
                        .asText())
                .isEqualTo(lower(second));
        assertThat(withAction(events, "governance.owner_removed")
                        .get(0)
                        .path("custos.governance.old_value")
                        .asText())
                .isEqualTo(lower(second));
        ObjectNode threshold =
                withAction(events, "governance.threshold_changed").get(0);
        assertThat(threshold.path("custos.governance.old_value").asText()).isEqualTo("1");
        assertThat(threshold.path("custos.governance.new_value").asText()).isEqualTo("2");
        if (guards) {
            List<ObjectNode> guardChanges = withAction(events, "governance.guard_changed");
            assertThat(guardChanges.get(0).path("custos.governance.old_value").asText())
                    .isEqualTo(lower(Address.ZERO));
            assertThat(guardChanges.get(0).path("custos.governance.new_value").asText())
                    .isEqualTo(lower(guard));
            assertThat(guardChanges.get(1).path("custos.governance.old_value").asText())
                    .isEqualTo(lower(guard));
            assertThat(guardChanges.get(1).path("custos.governance.new_value").asText())
                    .isEqualTo(lower(Address.ZERO));
            assertThat(withAction(events, "governance.fallback_handler_changed")
                            .get(0)
                            .path("custos.governance.new_value")
                            .asText())
                    .isEqualTo(lower(handler));
        }
        ObjectNode upgrade = withAction(events, "governance.contract_upgraded").get(0);
        assertThat(upgrade.path("custos.governance.old_value").asText()).isEqualTo(lower(safe.singleton()));
        assertThat(upgrade.path("custos.governance.new_value").asText()).isEqualTo(lower(backdoor));
        assertThat(upgrade.path("custos.governance.pointer").asText()).isEqualTo("singleton");

        List<List<Alert>> alerts = WatchRun.detect(events);
        for (int i = 0; i < events.size(); i++) {
            assertThat(alerts.get(i))
                    .as("alerts on %s", events.get(i).path("event.action").asText())
                    .anySatisfy(alert -> {
                        assertThat(alert.detectors()).contains("governance_change");
                        assertThat(alert.severity()).isIn("high", "critical");
                    });
        }
        assertThat(alerts.get(events.indexOf(upgrade)))
                .anySatisfy(alert -> assertThat(alert.severity()).isEqualTo("critical"));
    }

    private static String lower(Address address) {
        return address.toString().toLowerCase(Locale.ROOT);
    }
}
