package dev.custos.e2e.evm;

import static dev.custos.e2e.evm.WatchRun.actions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.rpc.Receipt;
import dev.custos.detect.output.Alert;
import dev.custos.localevm.EvmNode;
import dev.custos.watch.ContractKind;
import dev.custos.watch.WatchList;
import dev.custos.watch.WatchedContract;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on contracts that behave like OpenZeppelin's (contracts/GovernanceFixtures.sol): a proxy upgrade, admin
 * and beacon change, an ownership transfer, a role grant and revocation, a time lock's delay removed and a call
 * scheduled, a governor proposal created and executed; and outflows (ERC-20 and ether) from a monitored wallet. Each
 * becomes its event, and the governance ones raise high or critical alerts.
 */
@ExtendWith(HardhatExtension.class)
class WatchContractsOnHardhatTest {
    private static final BigInteger GAS = BigInteger.valueOf(1_000_000);

    @TempDir
    Path data;

    @Test
    void proxyOwnableRolesTimelockAndGovernorChanges_areGovernanceEventsWithHighAlerts(EvmNode node) throws Exception {
        Address admin = node.accounts().get(0);
        Address newcomer = node.accounts().get(6);
        Address implementation = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        Address nextImplementation = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        Address proxy = Deployments.deploy(node, withArgument(Deployments.fixture("UpgradeableProxy"), implementation));
        Address vault = Deployments.deploy(node, Deployments.fixture("OwnedVault"));
        Address roles = Deployments.deploy(node, Deployments.fixture("RoleRegistry"));
        Address timelock = Deployments.deploy(node, withNumber(Deployments.fixture("DelayedExecutor"), 172_800));
        Address governor = Deployments.deploy(node, Deployments.fixture("ProposalBoard"));
        WatchRun run = new WatchRun(
                node,
                new WatchList(List.of(
                        watched(proxy, ContractKind.PROXY, "vault proxy"),
                        watched(vault, ContractKind.OWNABLE, "vault"),
                        watched(roles, ContractKind.ACCESS_CONTROL, "roles"),
                        watched(timelock, ContractKind.TIMELOCK, "timelock"),
                        watched(governor, ContractKind.GOVERNOR, "dao"))),
                data,
                0,
                100);
        byte[] minter =
                Hash32.keccak("MINTER_ROLE".getBytes(StandardCharsets.US_ASCII)).bytes();

        send(node, admin, proxy, Calls.encode("upgradeTo(address implementation)", Calls.address(nextImplementation)));
        send(node, admin, proxy, Calls.encode("changeAdmin(address newAdmin)", Calls.address(newcomer)));
        send(node, admin, vault, Calls.encode("transferOwnership(address newOwner)", Calls.address(newcomer)));
        send(
                node,
                admin,
                roles,
                Calls.encode("grantRole(bytes32 role,address account)", Calls.bytes(minter), Calls.address(newcomer)));
        send(
                node,
                admin,
                roles,
                Calls.encode("revokeRole(bytes32 role,address account)", Calls.bytes(minter), Calls.address(newcomer)));
        send(node, admin, timelock, Calls.encode("updateDelay(uint256 newDelay)", Calls.number(0)));
        byte[] scheduled = Calls.encode("transferOwnership(address newOwner)", Calls.address(newcomer));
        send(
                node,
                admin,
                timelock,
                Calls.encode(
                        "schedule(address target,uint256 value,bytes data,bytes32 predecessor,bytes32 salt)",
                        Calls.address(vault),
                        Calls.number(0),
                        Calls.bytes(scheduled),
                        Calls.bytes(new byte[32]),
                        Calls.bytes(new byte[32])));
        byte[] propose = Calls.encode(
                "propose(address[] targets,uint256[] values,bytes[] calldatas,string description)",
                Calls.addresses(List.of(vault)),
                new AbiValue.ArrayValue(List.of(Calls.number(0))),
                new AbiValue.ArrayValue(List.of(Calls.bytes(scheduled))),
                new AbiValue.StringValue("hand the vault over"));
        BigInteger proposalId = Calls.uintWord(node.call(Optional.of(admin), governor, propose), 0);
        send(node, admin, governor, propose);
        send(node, admin, governor, Calls.encode("execute(uint256 proposalId)", Calls.number(proposalId)));

        List<ObjectNode> events = run.catchUp();

        assertThat(actions(events))
                .containsExactly(
                        "governance.contract_upgraded",
                        "governance.admin_changed",
                        "governance.ownership_transferred",
                        "governance.role_granted",
                        "governance.role_revoked",
                        "governance.timelock_changed",
                        "governance.call_scheduled",
                        "governance.proposal_created",
                        "governance.proposal_executed");
        ObjectNode upgrade = events.get(0);
        assertThat(upgrade.path("custos.governance.contract").asText()).isEqualTo(lower(proxy));
        assertThat(upgrade.path("custos.governance.old_value").asText()).isEqualTo(lower(implementation));
        assertThat(upgrade.path("custos.governance.new_value").asText()).isEqualTo(lower(nextImplementation));
        assertThat(upgrade.path("custos.governance.pointer").asText()).isEqualTo("implementation");
        assertThat(values(events.get(1))).containsExactly(lower(admin), lower(newcomer));
        assertThat(values(events.get(2))).containsExactly(lower(admin), lower(newcomer));
        assertThat(events.get(3).path("custos.governance.new_value").asText()).isEqualTo(lower(newcomer));
        assertThat(events.get(3).path("custos.governance.role").asText()).isEqualTo(Hex.encode(minter));
        assertThat(events.get(4).path("custos.governance.old_value").asText()).isEqualTo(lower(newcomer));
        assertThat(values(events.get(5))).containsExactly("172800", "0");
        assertThat(events.get(6).path("custos.governance.new_value").asText()).isEqualTo(lower(vault));
        assertThat(events.get(6).path("custos.governance.selector").asText()).isEqualTo("0xf2fde38b");
        assertThat(events.get(7).path("custos.governance.new_value").asText()).isEqualTo(proposalId.toString());
        assertThat(events.get(7).path("custos.governance.targets").asText()).isEqualTo(lower(vault));
        assertThat(events.get(8).path("custos.governance.new_value").asText()).isEqualTo(proposalId.toString());

        List<List<Alert>> alerts = WatchRun.detect(events);
        for (int i = 0; i < events.size(); i++) {
            assertThat(alerts.get(i))
                    .as("alerts on %s", events.get(i).path("event.action").asText())
                    .anySatisfy(alert -> {
                        assertThat(alert.detectors()).contains("governance_change");
                        assertThat(alert.severity()).isIn("high", "critical");
                    });
        }
        assertThat(alerts.get(5))
                .anySatisfy(alert -> assertThat(alert.severity()).isEqualTo("critical"));
    }

    @Test
    void transfersOutOfAMonitoredWallet_areTransferOutEvents(EvmNode node) throws Exception {
        Address holder = node.accounts().get(0);
        Address wallet = node.accounts().get(3);
        Address stranger = node.accounts().get(8);
        Address token = Deployments.testToken(node);
        send(
                node,
                holder,
                token,
                Calls.encode("transfer(address to,uint256 amount)", Calls.address(wallet), Calls.number(1_000)));
        WatchRun run = new WatchRun(
                node,
                new WatchList(List.of(new WatchedContract(wallet, ContractKind.WALLET, "hot-eth", Optional.empty()))),
                data,
                0,
                100);

        send(
                node,
                wallet,
                token,
                Calls.encode("transfer(address to,uint256 amount)", Calls.address(stranger), Calls.number(250)));
        send(
                node,
                holder,
                token,
                Calls.encode("transfer(address to,uint256 amount)", Calls.address(wallet), Calls.number(5)));
        String ether = node.sendTransaction(
                wallet, Optional.of(stranger), BigInteger.TEN.pow(18), new byte[0], BigInteger.valueOf(21_000));
        Deployments.mined(node, ether);

        List<ObjectNode> events = run.catchUp();

        assertThat(actions(events)).containsExactly("chain.transfer_out", "chain.transfer_out");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("custos.wallet.id").asText()).isEqualTo("hot-eth");
            assertThat(event.path("custos.tx.to").asText()).isEqualTo(lower(stranger));
            assertThat(event.path("event.category").asText()).isEqualTo("network");
        });
        assertThat(events.get(0).path("custos.tx.asset").asText()).isEqualTo(lower(token));
        assertThat(events.get(0).path("custos.tx.amount").asText()).isEqualTo("250");
        assertThat(events.get(1).path("custos.tx.asset").asText()).isEqualTo("ETH");
        assertThat(events.get(1).path("custos.tx.amount").asText())
                .isEqualTo(BigInteger.TEN.pow(18).toString());
        assertThat(events.get(1).path("custos.tx.hash").asText()).isEqualTo(ether);
        // Detection reads them (an unreadable event fails here); a lone outflow of unknown value scores 50, a
        // finding that adds to the wallet's risk rather than an alert of its own (docs/DETECTION.md).
        assertThat(WatchRun.detect(events)).hasSize(2);
    }

    static Receipt send(EvmNode node, Address from, Address to, byte[] data) {
        return Deployments.mined(node, node.sendTransaction(from, Optional.of(to), BigInteger.ZERO, data, GAS));
    }

    static WatchedContract watched(Address address, ContractKind kind, String label) {
        return new WatchedContract(address, kind, label, Optional.empty());
    }

    private static List<String> values(ObjectNode event) {
        return List.of(
                event.path("custos.governance.old_value").asText(),
                event.path("custos.governance.new_value").asText());
    }

    private static byte[] withArgument(byte[] creationCode, Address argument) {
        byte[] code = new byte[creationCode.length + 32];
        System.arraycopy(creationCode, 0, code, 0, creationCode.length);
        System.arraycopy(argument.bytes(), 0, code, creationCode.length + 12, 20);
        return code;
    }

    private static byte[] withNumber(byte[] creationCode, long argument) {
        byte[] word = BigInteger.valueOf(argument).toByteArray();
        byte[] code = new byte[creationCode.length + 32];
        System.arraycopy(creationCode, 0, code, 0, creationCode.length);
        System.arraycopy(word, 0, code, code.length - word.length, word.length);
        return code;
    }

    private static String lower(Address address) {
        return address.toString().toLowerCase(Locale.ROOT);
    }
}
