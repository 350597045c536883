package dev.custos.chain.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a call does from the default ("struct log") tracer of {@code debug_traceCall}, which every EVM node offers
 * (hardhat offers no other): storage writes, native coin moved by CALLs with value, and emitted events. It follows the
 * call frames by depth and tracks each frame's own address (the callee for CALL, the caller's own for DELEGATECALL and
 * CALLCODE, unknown for CREATE), so storage writes and events under DELEGATECALL count for the caller, as on chain; a
 * CALL's success is read from the flag it leaves on the caller's stack. The effects of frames that revert are dropped,
 * unless asked to keep them (a simulation that ends in a deliberate revert, such as a Safe's {@code
 * simulateAndRevert}, is read that way). Events need the tracer's memory capture (hardhat's default; geth's
 * {@code enableMemory}).
 */
public final class StructLogTrace {
    /** Struct logs read before giving up (a trace this long is not a transaction a custody wallet signs). */
    public static final int MAX_STEPS = 5_000_000;

    private static final Set<String> ENDS_WELL = Set.of("RETURN", "STOP", "SELFDESTRUCT");
    private static final int WORD = 32;

    private StructLogTrace() {}

    /** The storage writes that persist when the traced call to {@code to} ends; see {@link #effects}. */
    public static List<StorageWrite> storageWrites(JsonNode trace, Address to, boolean keepReverted)
            throws DecodingException {
        return effects(trace, Address.ZERO, to, BigInteger.ZERO, keepReverted).storageWrites();
    }

    /**
     * The effects of the traced call from {@code from} to {@code to} with {@code value}; with {@code keepReverted},
     * also those of frames that revert.
     *
     * @param trace the {@code result} of {@code debug_traceCall} with the default tracer
     * @throws DecodingException if the trace is malformed (names the step)
     */
    public static TraceEffects effects(JsonNode trace, Address from, Address to, BigInteger value, boolean keepReverted)
            throws DecodingException {
        Objects.requireNonNull(trace, "trace is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(value, "value is null");
        JsonNode logs = trace.get("structLogs");
        if (logs == null || !logs.isArray()) {
            throw new DecodingException("the trace has no structLogs array");
        }
        if (logs.size() > MAX_STEPS) {
            throw new DecodingException("the trace has " + logs.size() + " steps, more than " + MAX_STEPS);
        }
        Deque<Frame> frames = new ArrayDeque<>();
        Frame top = new Frame(Optional.of(to), 1);
        frames.push(top);
        Optional<Address> pending = Optional.empty();
        for (int step = 0; step < logs.size(); step++) {
            JsonNode log = logs.get(step);
            int depth = log.path("depth").asInt(-1);
            String op = log.path("op").asText("");
            if (depth < 1 || op.isEmpty()) {
                throw new DecodingException("struct log " + step + " has no depth or op");
            }
            int currentDepth = frames.getFirst().depth;
            if (depth == currentDepth + 1) {
                frames.push(new Frame(pending, depth));
            } else if (depth > currentDepth + 1) {
                throw new DecodingException(
                        "struct log " + step + " jumps from depth " + currentDepth + " to " + depth);
            } else {
                while (frames.getFirst().depth > depth) {
                    exit(frames, keepReverted);
                }
            }
            Frame frame = frames.getFirst();
            JsonNode stack = log.path("stack");
            frame.resolvePendingCall(stack, step);
            frame.lastOp = op;
            if (log.hasNonNull("error")) {
                frame.failed = true;
            }
            switch (op) {
                case "CALL" -> {
                    Address callee = addressWord(stackItem(stack, 1, step));
                    pending = Optional.of(callee);
                    BigInteger sent = stackItem(stack, 2, step);
                    if (sent.signum() > 0 && frame.self.isPresent()) {
                        frame.pendingCall = Optional.of(new ValueTransfer(frame.self.get(), callee, sent));
                    }
                }
                case "STATICCALL" -> pending = Optional.of(addressWord(stackItem(stack, 1, step)));
                case "DELEGATECALL", "CALLCODE" -> pending = frame.self;
                case "CREATE", "CREATE2" -> pending = Optional.empty();
                case "SSTORE" -> {
                    BigInteger slot = stackItem(stack, 0, step);
                    BigInteger written = stackItem(stack, 1, step);
                    frame.self.ifPresent(account -> frame.writes.add(new StorageWrite(account, slot, written)));
                }
                case "LOG0", "LOG1", "LOG2", "LOG3", "LOG4" -> {
                    int count = op.charAt(3) - '0';
                    List<BigInteger> topics = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        topics.add(stackItem(stack, 2 + i, step));
                    }
                    byte[] data = memory(log, stackItem(stack, 0, step), stackItem(stack, 1, step), step);
                    frame.self.ifPresent(emitter -> frame.logs.add(new EventLog(emitter, topics, data)));
                }
                default -> {}
            }
        }
        while (frames.size() > 1) {
            exit(frames, keepReverted);
        }
        boolean failed = trace.path("failed").asBoolean(false) || !(logs.isEmpty() || top.endedWell());
        List<ValueTransfer> transfers = new ArrayList<>();
        if (value.signum() > 0 && (!failed || keepReverted)) {
            transfers.add(new ValueTransfer(from, to, value));
        }
        if (failed && !keepReverted) {
            return new TraceEffects(List.of(), transfers, List.of());
        }
        transfers.addAll(top.transfers);
        Map<String, StorageWrite> last = new LinkedHashMap<>();
        for (StorageWrite write : top.writes) {
            last.put(write.account() + ":" + write.slot().toString(16), write);
        }
        return new TraceEffects(List.copyOf(last.values()), transfers, top.logs);
    }

    private static void exit(Deque<Frame> frames, boolean keepReverted) {
        Frame done = frames.pop();
        if (done.endedWell() || keepReverted) {
            Frame parent = frames.getFirst();
            parent.writes.addAll(done.writes);
            parent.transfers.addAll(done.transfers);
            parent.logs.addAll(done.logs);
        }
    }

    /** {@code size} bytes of the step's memory from {@code offset} (zero past the captured words, as the EVM reads). */
    private static byte[] memory(JsonNode log, BigInteger offset, BigInteger size, int step) throws DecodingException {
        if (size.signum() == 0) {
            return new byte[0];
        }
        JsonNode memory = log.get("memory");
        if (memory == null || !memory.isArray()) {
            throw new DecodingException("struct log " + step + " emits an event but the trace has no memory"
                    + " (trace with memory capture on)");
        }
        int captured = memory.size() * WORD;
        if (size.compareTo(BigInteger.valueOf(captured)) > 0
                || offset.add(size).compareTo(BigInteger.valueOf(captured)) > 0) {
            throw new DecodingException("struct log " + step + " emits an event from outside its memory");
        }
        int start = offset.intValueExact();
        byte[] data = new byte[size.intValueExact()];
        for (int i = 0; i < data.length; i++) {
            int position = start + i;
            String word = memory.get(position / WORD).asText("");
            String digits = word.startsWith("0x") ? word.substring(2) : word;
            int at = (position % WORD) * 2;
            if (digits.length() != WORD * 2) {
                throw new DecodingException("struct log " + step + " has a memory word that is not 32 bytes");
            }
            try {
                data[i] = (byte) Integer.parseInt(digits.substring(at, at + 2), 16);
            } catch (NumberFormatException e) {
                throw new DecodingException("struct log " + step + " has memory that is not hex");
            }
        }
        return data;
    }

    /** Item {@code fromTop} of the stack (0 = the top, which struct logs list last). */
    static BigInteger stackItem(JsonNode stack, int fromTop, int step) throws DecodingException {
        if (!stack.isArray() || stack.size() <= fromTop) {
            throw new DecodingException("struct log " + step + " has too short a stack");
        }
        String text = stack.get(stack.size() - 1 - fromTop).asText("");
        String digits = text.startsWith("0x") ? text.substring(2) : text;
        if (digits.isEmpty() || digits.length() > 64) {
            throw new DecodingException("struct log " + step + " has a stack item that is not a word: " + text);
        }
        try {
            return new BigInteger(digits, 16);
        } catch (NumberFormatException e) {
            throw new DecodingException("struct log " + step + " has a stack item that is not hex: " + text);
        }
    }

    static Address addressWord(BigInteger word) {
        byte[] bytes = new byte[Address.LENGTH];
        byte[] raw = word.toByteArray();
        int length = Math.min(raw.length, Address.LENGTH);
        System.arraycopy(raw, raw.length - length, bytes, Address.LENGTH - length, length);
        return Address.of(bytes);
    }

    private static final class Frame {
        final Optional<Address> self;
        final int depth;
        final List<StorageWrite> writes = new ArrayList<>();
        final List<ValueTransfer> transfers = new ArrayList<>();
        final List<EventLog> logs = new ArrayList<>();
        Optional<ValueTransfer> pendingCall = Optional.empty();
        String lastOp = "";
        boolean failed;

        Frame(Optional<Address> self, int depth) {
            this.self = self;
            this.depth = depth;
        }

        /** The step after a CALL with value, back in this frame: the call's success flag is on top of the stack. */
        void resolvePendingCall(JsonNode stack, int step) throws DecodingException {
            if (pendingCall.isPresent()) {
                if (stackItem(stack, 0, step).equals(BigInteger.ONE)) {
                    transfers.add(pendingCall.get());
                }
                pendingCall = Optional.empty();
            }
        }

        boolean endedWell() {
            return !failed && ENDS_WELL.contains(lastOp);
        }
    }
}
