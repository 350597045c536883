package dev.custos.server.ethereum;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.rpc.BlockHeader;
import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.chain.simulation.RevertReason;
import dev.custos.chain.simulation.StructLogTrace;
import dev.custos.chain.simulation.TraceEffects;
import dev.custos.chain.simulation.WalletSimulation;
import dev.custos.policy.request.TypedPayload;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an Ethereum request against the user's own node before anyone approves it, and writes what it found as the
 * request's {@code simulation} (docs/CHAINS.md, "Simulation before approval"). A raw transaction is traced from the
 * wallet with {@code debug_traceCall}; a Safe transaction runs inside the Safe through {@code simulateAndRevert}. Both
 * run at one pinned block, whose number and hash are kept. A missing node, an outage or an answer that cannot be read
 * gives the status {@code unavailable} with the reason: a simulation never blocks or allows on its own.
 */
public final class RequestSimulator {
    private static final Logger LOG = LoggerFactory.getLogger(RequestSimulator.class);
    /** Gas for the Safe simulation: the accessor and the Safe's own checks on top of the transaction. */
    private static final BigInteger SAFE_SIMULATION_GAS = BigInteger.valueOf(15_000_000);

    private final EthereumSettings settings;
    private final Optional<EthereumNode> node;
    private final Clock clock;

    public RequestSimulator(EthereumSettings settings, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.node = settings.client();
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Whether a node is configured. */
    public boolean configured() {
        return node.isPresent();
    }

    /**
     * Simulates {@code payload} for the wallet at {@code wallet} (the account that sends a raw transaction, an owner
     * of the Safe for a Safe transaction); never throws for a node's failure.
     */
    public ObjectNode simulate(Address wallet, TypedPayload payload) {
        requireNonNull(wallet, "wallet is null");
        requireNonNull(payload, "payload is null");
        String at = clock.instant().toString();
        if (node.isEmpty()) {
            return SimulationJson.notConfigured(at);
        }
        EthereumNode client = node.get();
        String shown = client.rpc().shownEndpoint();
        try {
            ObjectNode result = switch (payload) {
                case TypedPayload.RawTransaction raw -> raw(client, wallet, raw.decoded());
                case TypedPayload.SafeTransactionPayload safe ->
                    safe(client, wallet, safe.transaction(), safe.decoded());
                default -> throw new Unsimulable("only raw and Safe transactions are simulated");
            };
            result.put("node", shown);
            result.put("simulated_at", at);
            return result;
        } catch (Unsimulable e) {
            return SimulationJson.unavailable(at, shown, e.getMessage());
        } catch (JsonRpcException e) {
            LOG.warn("simulation against {} failed: {}", shown, e.getMessage());
            return SimulationJson.unavailable(at, shown, "the node did not answer as expected: " + e.getMessage());
        } catch (DecodingException e) {
            return SimulationJson.unavailable(at, shown, "the node's trace could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("simulation against {} failed", shown, e);
            return SimulationJson.unavailable(at, shown, "the simulation failed: " + e.getMessage());
        }
    }

    private ObjectNode raw(EthereumNode client, Address wallet, Intent intent) throws DecodingException {
        EthereumTransaction transaction =
                intent.transaction().orElseThrow(() -> new Unsimulable("the request holds no decoded transaction"));
        Address to = transaction
                .to()
                .orElseThrow(() -> new Unsimulable("a contract creation is not simulated (it has no recipient)"));
        requireChain(client, transaction.chainId());
        BlockHeader block = client.latestBlock();
        JsonNode trace = client.traceCallAt(
                wallet, to, transaction.value(), transaction.data(), transaction.gasLimit(), block.number());
        TraceEffects effects = StructLogTrace.effects(trace, wallet, to, transaction.value(), false);
        WalletSimulation simulation = WalletSimulation.of(wallet, effects);
        boolean reverted = trace.path("failed").asBoolean(false);
        ObjectNode result =
                SimulationJson.simulated("debug_traceCall", block, wallet, simulation, effects.logs(), reverted);
        if (reverted) {
            result.put("revert_reason", RevertReason.describe(returnValue(trace)));
        }
        try {
            result.put(
                    "gas_estimate",
                    client.estimateGas(wallet, to, transaction.value(), transaction.data())
                            .toString());
        } catch (JsonRpcException e) {
            result.putNull("gas_estimate");
            result.put("gas_estimate_error", e.getMessage());
        }
        return result;
    }

    private ObjectNode safe(EthereumNode client, Address wallet, SafeTransaction transaction, Intent intent)
            throws DecodingException {
        requireChain(client, intent.chainId());
        SafeVersion version = intent.safeVersion().orElse(SafeVersion.DEFAULT);
        Address accessor = settings.simulateTxAccessor()
                .or(() -> SafeSimulation.canonicalAccessor(version))
                .orElseThrow(() -> new Unsimulable("Safe " + version + " has no SimulateTxAccessor Custos knows"
                        + " (1.3.0 and 1.4.1 have canonical ones); set ethereum.simulate-tx-accessor"));
        Address safe = transaction.safe();
        if (client.code(safe).length == 0) {
            throw new Unsimulable("there is no contract at the Safe's address " + safe + " on this node's chain");
        }
        if (client.code(accessor).length == 0) {
            throw new Unsimulable("there is no SimulateTxAccessor at " + accessor + " on this node's chain; set"
                    + " ethereum.simulate-tx-accessor to its address");
        }
        BlockHeader block = client.latestBlock();
        JsonNode trace = client.traceCallAt(
                wallet,
                safe,
                BigInteger.ZERO,
                SafeSimulation.calldata(transaction, accessor),
                SAFE_SIMULATION_GAS,
                block.number());
        SafeSimulation.Outcome outcome = SafeSimulation.read(returnValue(trace));
        if (!outcome.accessorRan()) {
            throw new Unsimulable("the Safe could not run the SimulateTxAccessor at " + accessor + ": "
                    + RevertReason.describe(outcome.returnData()));
        }
        // simulateAndRevert always reverts: its writes are read with the reverted effects kept
        TraceEffects effects = StructLogTrace.effects(trace, wallet, safe, BigInteger.ZERO, true);
        WalletSimulation simulation = WalletSimulation.of(safe, effects);
        ObjectNode result = SimulationJson.simulated(
                "safe_simulate_and_revert", block, safe, simulation, effects.logs(), !outcome.success());
        if (!outcome.success()) {
            result.put("revert_reason", RevertReason.describe(outcome.returnData()));
        }
        result.put("gas_estimate", outcome.gasEstimate().toString());
        result.put("simulate_tx_accessor", accessor.toString());
        return result;
    }

    private static void requireChain(EthereumNode client, Optional<BigInteger> chainId) {
        BigInteger nodeChain = client.chainId();
        if (chainId.isEmpty()) {
            throw new Unsimulable("the transaction names no chain id");
        }
        if (!nodeChain.equals(chainId.get())) {
            throw new Unsimulable("the node is on chain " + nodeChain + ", the transaction on chain " + chainId.get());
        }
    }

    private static byte[] returnValue(JsonNode trace) throws DecodingException {
        JsonNode value = trace.get("returnValue");
        if (value == null || !value.isTextual()) {
            throw new DecodingException("the trace has no returnValue");
        }
        String text = value.asText();
        return text.isEmpty() ? new byte[0] : Hex.decode(text.startsWith("0x") ? text : "0x" + text);
    }

    /** Why a request cannot be simulated here; shown as the status {@code unavailable}. */
    private static final class Unsimulable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsimulable(String message) {
            super(message, null, false, false);
        }
    }
}
