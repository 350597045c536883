package dev.custos.chain.solana;

import java.util.Arrays;
import java.util.Objects;

/**
 * One instruction of a message, as compiled: indexes into the message's account list (static keys first, then the
 * accounts loaded from address lookup tables, writable before read-only).
 *
 * @param programIndex the program's index, always a static key
 * @param accounts the indexes of the accounts the instruction passes
 * @param data the instruction data
 */
public record CompiledInstruction(int programIndex, int[] accounts, byte[] data) {
    public CompiledInstruction {
        accounts = Objects.requireNonNull(accounts, "accounts is null").clone();
        data = Objects.requireNonNull(data, "data is null").clone();
    }

    @Override
    public int[] accounts() {
        return accounts.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompiledInstruction that
                && programIndex == that.programIndex
                && Arrays.equals(accounts, that.accounts)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * programIndex + Arrays.hashCode(accounts)) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "CompiledInstruction[program " + programIndex + ", accounts " + Arrays.toString(accounts) + ", "
                + data.length + " data bytes]";
    }
}
