package dev.custos.chain.solana;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds Solana messages byte by byte for tests (legacy or version 0). */
final class MessageBuilder {
    private final boolean v0;
    private final int[] header;
    private final List<byte[]> keys = new ArrayList<>();
    private final List<byte[]> instructions = new ArrayList<>();
    private final List<byte[]> lookups = new ArrayList<>();
    private byte[] blockhash = filled(32, 9);

    private MessageBuilder(boolean v0, int required, int readonlySigned, int readonlyUnsigned) {
        this.v0 = v0;
        this.header = new int[] {required, readonlySigned, readonlyUnsigned};
    }

    static MessageBuilder legacy(int required, int readonlySigned, int readonlyUnsigned) {
        return new MessageBuilder(false, required, readonlySigned, readonlyUnsigned);
    }

    static MessageBuilder v0(int required, int readonlySigned, int readonlyUnsigned) {
        return new MessageBuilder(true, required, readonlySigned, readonlyUnsigned);
    }

    MessageBuilder key(byte[] key) {
        keys.add(key.clone());
        return this;
    }

    MessageBuilder blockhash(byte[] hash) {
        blockhash = hash.clone();
        return this;
    }

    MessageBuilder instruction(int program, int[] accounts, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(program);
        compact(out, accounts.length);
        for (int account : accounts) {
            out.write(account);
        }
        compact(out, data.length);
        out.writeBytes(data);
        instructions.add(out.toByteArray());
        return this;
    }

    MessageBuilder lookup(byte[] table, byte[] writable, byte[] readonly) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(table);
        compact(out, writable.length);
        out.writeBytes(writable);
        compact(out, readonly.length);
        out.writeBytes(readonly);
        lookups.add(out.toByteArray());
        return this;
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (v0) {
            out.write(0x80);
        }
        for (int value : header) {
            out.write(value);
        }
        compact(out, keys.size());
        keys.forEach(out::writeBytes);
        out.writeBytes(blockhash);
        compact(out, instructions.size());
        instructions.forEach(out::writeBytes);
        if (v0) {
            compact(out, lookups.size());
            lookups.forEach(out::writeBytes);
        }
        return out.toByteArray();
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    /** Little-endian {@code value} in {@code length} bytes after {@code prefix}. */
    static byte[] data(byte[] prefix, long value, int length) {
        byte[] out = Arrays.copyOf(prefix, prefix.length + length);
        for (int i = 0; i < length; i++) {
            out[prefix.length + i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    private static void compact(ByteArrayOutputStream out, int value) {
        int rest = value;
        while (rest >= 0x80) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }
}
