package dev.custos.chain.solana;

import java.math.BigInteger;
import java.util.Optional;

/** One instruction with its accounts resolved as far as the message allows and its data read little-endian. */
final class InstructionView {
    private final SolanaMessage message;
    private final CompiledInstruction instruction;
    private final byte[] data;
    private final int position;

    InstructionView(SolanaMessage message, CompiledInstruction instruction, int position) {
        this.message = message;
        this.instruction = instruction;
        this.data = instruction.data();
        this.position = position;
    }

    /** The instruction's place in the message, from 0. */
    int position() {
        return position;
    }

    int accountCount() {
        return instruction.accounts().length;
    }

    int dataLength() {
        return data.length;
    }

    /** The instruction's {@code slot}-th account as shown: base58, or its lookup-table position when loaded. */
    String account(int slot) {
        int index = instruction.accounts()[slot];
        return message.staticAccount(index)
                .map(SolanaAddress::toBase58)
                .orElse("lookup-table account #"
                        + (index - message.accountKeys().size()));
    }

    /** The instruction's {@code slot}-th account if it is a static key. */
    Optional<SolanaAddress> staticAccount(int slot) {
        return message.staticAccount(instruction.accounts()[slot]);
    }

    int u8(int offset) {
        return data[offset] & 0xFF;
    }

    long u32(int offset) {
        long value = 0;
        for (int i = 3; i >= 0; i--) {
            value = value << 8 | (data[offset + i] & 0xFFL);
        }
        return value;
    }

    BigInteger u64(int offset) {
        byte[] bigEndian = new byte[8];
        for (int i = 0; i < 8; i++) {
            bigEndian[7 - i] = data[offset + i];
        }
        return new BigInteger(1, bigEndian);
    }

    SolanaAddress address(int offset) {
        byte[] bytes = new byte[SolanaAddress.LENGTH];
        System.arraycopy(data, offset, bytes, 0, bytes.length);
        return SolanaAddress.of(bytes);
    }
}
