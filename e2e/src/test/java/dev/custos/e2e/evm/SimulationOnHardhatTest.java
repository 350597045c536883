package dev.custos.e2e.evm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.simulation.BalanceChange;
import dev.custos.chain.simulation.SafeSlot;
import dev.custos.chain.simulation.StructLogTrace;
import dev.custos.chain.simulation.WalletSimulation;
import dev.custos.chain.simulation.WalletStorageChange;
import dev.custos.localevm.EvmNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simulation before approval on real Safe bytecode: the Safe transaction, not yet signed, runs inside the Safe through
 * its own {@code simulateAndRevert} and the SimulateTxAccessor (Safe 1.3.0 and later), traced with the default tracer
 * (all hardhat offers); the wallet's own storage changes are derived from the trace. The Bybit "transfer" shows as a
 * rewrite of slot 0 ({@code implementation_change}); a plain transfer or a token transfer changes nothing of the
 * wallet's storage and shows as the wallet's outflow; and the simulation leaves the chain as it was.
 */
@ExtendWith(HardhatExtension.class)
class SimulationOnHardhatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigInteger ETHER = BigInteger.TEN.pow(18);

    @ParameterizedTest(name = "Safe {0}")
    @ValueSource(strings = {"1.4.1", "1.3.0"})
    void bybitTransfer_simulatedBeforeApproval_rewritesSlot0(String version, EvmNode node) throws Exception {
        Setup setup = Setup.create(node, version);
        Address trojan = Deployments.deploy(node, Deployments.attackContract("Trojan"));
        Address backdoor = Deployments.deploy(node, Deployments.attackContract("Backdoor"));
        byte[] transfer = Calls.encode("transfer(address to,uint256 amount)", Calls.address(backdoor), Calls.number(0));

        WalletSimulation simulation = setup.simulate(trojan, BigInteger.ZERO, transfer, Operation.DELEGATECALL);

        assertThat(simulation.flags()).containsExactly(Flag.IMPLEMENTATION_CHANGE);
        assertThat(simulation.walletStorageChanged()).isTrue();
        assertThat(simulation.changes())
                .containsExactly(new WalletStorageChange(
                        BigInteger.ZERO, new BigInteger(1, backdoor.bytes()), SafeSlot.SINGLETON));
        assertThat(Calls.addressWord(node.storageAt(setup.safe, BigInteger.ZERO), 0))
                .as("the simulation reverted: the Safe still runs its singleton")
                .isEqualTo(setup.singleton);
    }

    @ParameterizedTest(name = "Safe {0}")
    @ValueSource(strings = {"1.4.1", "1.3.0"})
    void plainTransfer_simulatedBeforeApproval_changesNothingOfTheWallet(String version, EvmNode node)
            throws Exception {
        Setup setup = Setup.create(node, version);

        Address recipient = node.accounts().get(6);
        WalletSimulation simulation = setup.simulate(recipient, ETHER, new byte[0], Operation.CALL);

        assertThat(simulation.walletStorageChanged()).isFalse();
        assertThat(simulation.flags()).isEmpty();
        assertThat(simulation.balanceChanges())
                .containsExactly(
                        new BalanceChange(Optional.empty(), setup.safe, ETHER.negate()),
                        new BalanceChange(Optional.empty(), recipient, ETHER));
        assertThat(simulation.outflows())
                .containsExactly(new BalanceChange(Optional.empty(), setup.safe, ETHER.negate()));
        assertThat(node.balance(setup.safe)).isEqualTo(ETHER.multiply(BigInteger.valueOf(5)));
    }

    @ParameterizedTest(name = "Safe {0}")
    @ValueSource(strings = {"1.4.1", "1.3.0"})
    void tokenTransfer_simulatedBeforeApproval_isATokenOutflowOfTheWallet(String version, EvmNode node)
            throws Exception {
        Setup setup = Setup.create(node, version);
        Address token = Deployments.testToken(node);
        Address deployer = node.accounts().get(0);
        Deployments.mined(
                node,
                node.sendTransaction(
                        deployer,
                        Optional.of(token),
                        BigInteger.ZERO,
                        Calls.encode(
                                "transfer(address to,uint256 amount)", Calls.address(setup.safe), Calls.number(1000)),
                        BigInteger.valueOf(100_000)));
        Address recipient = node.accounts().get(6);
        byte[] transfer =
                Calls.encode("transfer(address to,uint256 amount)", Calls.address(recipient), Calls.number(300));

        WalletSimulation simulation = setup.simulate(token, BigInteger.ZERO, transfer, Operation.CALL);

        assertThat(simulation.outflows())
                .containsExactly(new BalanceChange(Optional.of(token), setup.safe, BigInteger.valueOf(-300)));
        assertThat(simulation.balanceChanges())
                .contains(new BalanceChange(Optional.of(token), recipient, BigInteger.valueOf(300)));
        assertThat(simulation.walletStorageChanged()).isFalse();
    }

    @ParameterizedTest(name = "Safe {0}")
    @ValueSource(strings = {"1.4.1", "1.3.0"})
    void addOwner_simulatedBeforeApproval_isAnOwnerAndThresholdChange(String version, EvmNode node) throws Exception {
        Setup setup = Setup.create(node, version);
        byte[] addOwner = Calls.encode(
                "addOwnerWithThreshold(address owner,uint256 threshold)",
                Calls.address(node.accounts().get(9)),
                Calls.number(1));

        WalletSimulation simulation = setup.simulate(setup.safe, BigInteger.ZERO, addOwner, Operation.CALL);

        assertThat(simulation.flags()).contains(Flag.OWNER_CHANGE, Flag.THRESHOLD_CHANGE);
        assertThat(simulation.flags()).doesNotContain(Flag.IMPLEMENTATION_CHANGE);
        assertThat(simulation.changes())
                .extracting(WalletStorageChange::meaning)
                .contains(SafeSlot.OWNERS, SafeSlot.OWNER_COUNT, SafeSlot.THRESHOLD)
                .doesNotContain(SafeSlot.OTHER);
    }

    /** A funded 2-of-3 Safe of dev accounts, and the accessor that simulates its transactions. */
    private record Setup(EvmNode node, Address safe, Address singleton, Address accessor) {
        static Setup create(EvmNode node, String version) throws Exception {
            Deployments.SafeFactory factory = Deployments.safeFactory(node, version);
            List<Address> accounts = node.accounts();
            Address safe = Deployments.safe(node, factory, accounts.subList(1, 4), 2);
            node.setBalance(safe, ETHER.multiply(BigInteger.valueOf(5)));
            return new Setup(node, safe, factory.singleton(), Deployments.simulateTxAccessor(node, version));
        }

        /** Traces {@code simulateAndRevert} of the Safe transaction, as its first owner, and derives its effects. */
        WalletSimulation simulate(Address to, BigInteger value, byte[] data, Operation operation) throws Exception {
            byte[] simulateCall = Calls.encode(
                    "simulate(address to,uint256 value,bytes data,uint8 operation)",
                    Calls.address(to),
                    Calls.number(value),
                    Calls.bytes(data),
                    Calls.number(operation.code()));
            byte[] outer = Calls.encode(
                    "simulateAndRevert(address targetContract,bytes calldataPayload)",
                    Calls.address(accessor),
                    Calls.bytes(simulateCall));
            ObjectNode call = JSON.createObjectNode();
            call.put("from", node.accounts().get(1).toString());
            call.put("to", safe.toString());
            call.put("data", Hex.encode(outer));
            call.put("gas", "0x" + BigInteger.valueOf(3_000_000).toString(16));
            JsonNode trace = node.rpc().call("debug_traceCall", call, "latest", JSON.createObjectNode());
            return WalletSimulation.of(
                    safe, StructLogTrace.effects(trace, node.accounts().get(1), safe, BigInteger.ZERO, true));
        }
    }
}
