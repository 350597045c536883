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
 * Reads the storage writes of a call from the default ("struct log") tracer of {@code debug_traceCall}, which every
 * EVM node offers (hardhat offers no other): it follows the call frames by depth, tracks whose storage each frame
 * writes (the callee for CALL, the caller's own storage for DELEGATECALL and CALLCODE, a new contract for CREATE),
 * and drops the writes of frames that revert, unless asked to keep them (a simulation that ends in a deliberate
 * revert, such as a Safe's {@code simulateAndRevert}, is read that way).
 */
public final class StructLogTrace {
    /** Struct logs read before giving up (a trace this long is not a transaction a custody wallet signs). */
    public static final int MAX_STEPS = 5_000_000;

    private static final Set<String> ENDS_WELL = Set.of("RETURN", "STOP", "SELFDESTRUCT");

    private StructLogTrace() {}

    /**
     * The storage writes that persist when the traced call to {@code to} ends (the last value per account and slot,
     * in first-write order); with {@code keepReverted}, also those of frames that revert.
     *
     * @param trace the {@code result} of {@code debug_traceCall} with the default tracer
     * @throws DecodingException if the trace is malformed (names the step)
     */
    public static List<StorageWrite> storageWrites(JsonNode trace, Address to, boolean keepReverted)
            throws DecodingException {
        Objects.requireNonNull(trace, "trace is null");
        Objects.requireNonNull(to, "to is null");
        JsonNode logs = trace.get("structLogs");
        if (logs == null || !logs.isArray()) {
            throw new DecodingException("the trace has no structLogs array");
        }
        if (logs.size() > MAX_STEPS) {
            throw new DecodingException("the trace has " + logs.size() + " steps, more than " + MAX_STEPS);
        }
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(Optional.of(to), 1));
        Optional<Address> pending = Optional.empty();
        for (int step = 0; step < logs.size(); step++) {
            JsonNode log = logs.get(step);
            int depth = log.path("depth").asInt(-1);
            String op = log.path("op").asText("");
            if (depth < 1 || op.isEmpty()) {
                throw new DecodingException("struct log " + step + " has no depth or op");
            }
            Frame current = frames.peek();
            if (depth == current.depth + 1) {
                frames.push(new Frame(pending, depth));
            } else if (depth > current.depth + 1) {
                throw new DecodingException(
                        "struct log " + step + " jumps from depth " + current.depth + " to " + depth);
            } else {
                while (frames.peek().depth > depth) {
                    exit(frames, keepReverted);
                }
            }
            Frame frame = frames.peek();
            frame.lastOp = op;
            if (log.hasNonNull("error")) {
                frame.failed = true;
            }
            JsonNode stack = log.path("stack");
            switch (op) {
                case "CALL", "STATICCALL" -> pending = Optional.of(addressWord(stackItem(stack, 1, step)));
                case "DELEGATECALL", "CALLCODE" -> pending = frame.storage;
                case "CREATE", "CREATE2" -> pending = Optional.empty();
                case "SSTORE" -> {
                    BigInteger slot = stackItem(stack, 0, step);
                    BigInteger value = stackItem(stack, 1, step);
                    frame.storage.ifPresent(account -> frame.writes.add(new StorageWrite(account, slot, value)));
                }
                default -> {}
            }
        }
        while (frames.size() > 1) {
            exit(frames, keepReverted);
        }
        Frame top = frames.pop();
        boolean failed = trace.path("failed").asBoolean(false) || !top.endedWell();
        if (failed && !keepReverted) {
            return List.of();
        }
        Map<String, StorageWrite> last = new LinkedHashMap<>();
        for (StorageWrite write : top.writes) {
            last.put(write.account() + ":" + write.slot().toString(16), write);
        }
        return List.copyOf(last.values());
    }

    private static void exit(Deque<Frame> frames, boolean keepReverted) {
        Frame done = frames.pop();
        if (done.endedWell() || keepReverted) {
            frames.peek().writes.addAll(done.writes);
        }
    }

    /** Item {@code fromTop} of the stack (0 = the top, which struct logs list last). */
    private static BigInteger stackItem(JsonNode stack, int fromTop, int step) throws DecodingException {
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

    private static Address addressWord(BigInteger word) {
        byte[] bytes = new byte[Address.LENGTH];
        byte[] raw = word.toByteArray();
        int length = Math.min(raw.length, Address.LENGTH);
        System.arraycopy(raw, raw.length - length, bytes, Address.LENGTH - length, length);
        return Address.of(bytes);
    }

    private static final class Frame {
        final Optional<Address> storage;
        final int depth;
        final List<StorageWrite> writes = new ArrayList<>();
        String lastOp = "";
        boolean failed;

        Frame(Optional<Address> storage, int depth) {
            this.storage = storage;
            this.depth = depth;
        }

        boolean endedWell() {
            return !failed && ENDS_WELL.contains(lastOp);
        }
    }
}
