package dev.custos.chain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.intent.Flag;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructLogTraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Address WALLET = filled(0xaa);
    private static final Address TOKEN = filled(0xbb);
    private static final Address TROJAN = filled(0xcc);

    @Test
    void delegatecall_writesTheCallersStorage_callWritesTheCallees() throws Exception {
        Trace trace = new Trace()
                .step(1, "DELEGATECALL", word(100_000), word(TROJAN), word(0))
                .step(2, "SSTORE", word(0), word(0xbeef))
                .step(2, "STOP")
                .step(1, "CALL", word(100_000), word(TOKEN), word(0), word(0))
                .step(2, "SSTORE", word(3), word(7))
                .step(2, "RETURN")
                .step(1, "STOP");

        List<StorageWrite> writes = StructLogTrace.storageWrites(trace.json(false), WALLET, false);

        assertThat(writes)
                .containsExactly(
                        new StorageWrite(WALLET, BigInteger.ZERO, BigInteger.valueOf(0xbeef)),
                        new StorageWrite(TOKEN, BigInteger.valueOf(3), BigInteger.valueOf(7)));
        assertThat(WalletSimulation.of(WALLET, new TraceEffects(writes, List.of(), List.of()))
                        .flags())
                .containsExactly(Flag.IMPLEMENTATION_CHANGE);
    }

    @Test
    void aRevertedFrame_losesItsWrites_unlessRevertedWritesAreKept() throws Exception {
        Trace trace = new Trace()
                .step(1, "SSTORE", word(5), word(1))
                .step(1, "CALL", word(100_000), word(TOKEN), word(0), word(0))
                .step(2, "SSTORE", word(9), word(9))
                .step(2, "REVERT")
                .step(1, "STOP");

        assertThat(StructLogTrace.storageWrites(trace.json(false), WALLET, false))
                .containsExactly(new StorageWrite(WALLET, BigInteger.valueOf(5), BigInteger.ONE));
        assertThat(StructLogTrace.storageWrites(trace.json(false), WALLET, true))
                .hasSize(2);
        assertThat(StructLogTrace.storageWrites(trace.json(true), WALLET, false))
                .as("a failed call persists nothing")
                .isEmpty();
    }

    @Test
    void theLastWriteToASlotWins() throws Exception {
        Trace trace = new Trace()
                .step(1, "SSTORE", word(4), word(4))
                .step(1, "SSTORE", word(4), word(2))
                .step(1, "STOP");

        assertThat(simulate(trace).changes())
                .containsExactly(new WalletStorageChange(BigInteger.valueOf(4), BigInteger.TWO, SafeSlot.THRESHOLD));
    }

    @Test
    void aNonceBump_isNoWalletStorageChange() throws Exception {
        Trace trace = new Trace().step(1, "SSTORE", word(5), word(8)).step(1, "STOP");

        WalletSimulation simulation = simulate(trace);

        assertThat(simulation.walletStorageChanged()).isFalse();
        assertThat(simulation.flags()).isEmpty();
    }

    @Test
    void malformedTraces_areRefused_namingTheStep() {
        assertThatThrownBy(() -> StructLogTrace.storageWrites(JSON.createObjectNode(), WALLET, false))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("structLogs");
        Trace shortStack = new Trace().step(1, "SSTORE", word(1));
        assertThatThrownBy(() -> StructLogTrace.storageWrites(shortStack.json(false), WALLET, false))
                .hasMessageContaining("struct log 0");
        Trace jump = new Trace().step(1, "PUSH1").step(3, "STOP");
        assertThatThrownBy(() -> StructLogTrace.storageWrites(jump.json(false), WALLET, false))
                .hasMessageContaining("jumps");
        Trace notHex = new Trace().step(1, "SSTORE", "zz", "01");
        assertThatThrownBy(() -> StructLogTrace.storageWrites(notHex.json(false), WALLET, false))
                .hasMessageContaining("not hex");
    }

    @Test
    void callWithValue_countsOnlyWhenItSucceeds_andTheTransactionValueCountsToo() throws Exception {
        Trace trace = new Trace()
                .step(1, "CALL", word(0), word(TOKEN), word(40), word(0), word(0), word(0), word(0))
                .step(1, "POP", word(1))
                .step(1, "CALL", word(0), word(TROJAN), word(50), word(0), word(0), word(0), word(0))
                .step(1, "POP", word(0))
                .step(1, "STOP");

        WalletSimulation simulation = WalletSimulation.of(
                WALLET, StructLogTrace.effects(trace.json(false), TROJAN, WALLET, BigInteger.valueOf(100), false));

        assertThat(simulation.balanceChanges())
                .containsExactly(
                        new BalanceChange(Optional.empty(), TROJAN, BigInteger.valueOf(-100)),
                        new BalanceChange(Optional.empty(), WALLET, BigInteger.valueOf(60)),
                        new BalanceChange(Optional.empty(), TOKEN, BigInteger.valueOf(40)));
        assertThat(simulation.outflows()).isEmpty();
    }

    @Test
    void anErc20TransferEvent_underDelegatecall_isTheCallersOutflow() throws Exception {
        String transferTopic = "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
        Trace trace = new Trace()
                .step(1, "DELEGATECALL", word(100_000), word(TROJAN), word(0))
                .step(2, "LOG3", word(0), word(32), transferTopic, word(WALLET), word(TOKEN))
                .withMemory(String.format("%064x", 25))
                .step(2, "STOP")
                .step(1, "STOP");

        TraceEffects effects = StructLogTrace.effects(trace.json(false), TOKEN, WALLET, BigInteger.ZERO, false);

        assertThat(effects.logs())
                .singleElement()
                .satisfies(log -> assertThat(log.emitter()).isEqualTo(WALLET));
        assertThat(WalletSimulation.of(WALLET, effects).outflows())
                .containsExactly(new BalanceChange(Optional.of(WALLET), WALLET, BigInteger.valueOf(-25)));
        Trace withoutMemory = new Trace()
                .step(1, "LOG3", word(0), word(32), transferTopic, word(WALLET), word(TOKEN))
                .step(1, "STOP");
        assertThatThrownBy(
                        () -> StructLogTrace.effects(withoutMemory.json(false), TOKEN, WALLET, BigInteger.ZERO, false))
                .hasMessageContaining("no memory");
    }

    private static WalletSimulation simulate(Trace trace) throws DecodingException {
        return WalletSimulation.of(
                WALLET, StructLogTrace.effects(trace.json(false), TOKEN, WALLET, BigInteger.ZERO, false));
    }

    /** Builds a default-tracer result; stack items are given top first and listed top last, as nodes list them. */
    private static final class Trace {
        private final ArrayNode logs = JSON.createArrayNode();

        Trace step(int depth, String op, String... topFirst) {
            ObjectNode log = logs.addObject();
            log.put("depth", depth);
            log.put("op", op);
            ArrayNode stack = log.putArray("stack");
            for (int i = topFirst.length - 1; i >= 0; i--) {
                stack.add(topFirst[i]);
            }
            return this;
        }

        /** Gives the last step memory words (hex, 32 bytes each). */
        Trace withMemory(String... words) {
            ArrayNode memory = ((ObjectNode) logs.get(logs.size() - 1)).putArray("memory");
            for (String word : words) {
                memory.add(word);
            }
            return this;
        }

        JsonNode json(boolean failed) {
            ObjectNode result = JSON.createObjectNode();
            result.put("failed", failed);
            result.set("structLogs", logs);
            return result;
        }
    }

    private static String word(long value) {
        return String.format("%064x", value);
    }

    private static String word(Address address) {
        return "0x" + new BigInteger(1, address.bytes()).toString(16);
    }

    private static Address filled(int value) {
        byte[] bytes = new byte[Address.LENGTH];
        Arrays.fill(bytes, (byte) value);
        return Address.of(bytes);
    }
}
