package dev.custos.node.job.authorize;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of a Solana transaction message (legacy or version 0) that the default authorizer needs, read strictly:
 * the header, the static account keys and which of them must sign. Every byte is walked (blockhash, instructions,
 * address-table lookups) and trailing bytes are refused, so the bytes signed are exactly one well-formed message.
 *
 * @param signers the account keys that must sign, in order (the first is the fee payer)
 * @param accountKeys every static account key
 */
public record SolanaMessage(List<byte[]> signers, List<byte[]> accountKeys) {
    private static final int KEY_LENGTH = 32;

    public SolanaMessage {
        signers = signers.stream().map(byte[]::clone).toList();
        accountKeys = accountKeys.stream().map(byte[]::clone).toList();
    }

    /** Whether {@code publicKey} (32 bytes) is one of the required signers. */
    public boolean requiresSignatureOf(byte[] publicKey) {
        requireNonNull(publicKey, "publicKey is null");
        return signers.stream().anyMatch(signer -> Arrays.equals(signer, publicKey));
    }

    /** Parses {@code bytes} as a Solana message. */
    public static SolanaMessage parse(byte[] bytes) throws IllegalArgumentException {
        Cursor cursor = new Cursor(requireNonNull(bytes, "bytes is null"));
        int first = cursor.u8("header");
        boolean versioned = (first & 0x80) != 0;
        if (versioned && (first & 0x7F) != 0) {
            throw new IllegalArgumentException("Solana message version " + (first & 0x7F) + " is not supported");
        }
        int required = versioned ? cursor.u8("num_required_signatures") : first;
        int readonlySigned = cursor.u8("num_readonly_signed_accounts");
        cursor.u8("num_readonly_unsigned_accounts");
        int count = cursor.compactU16("account count");
        if (required < 1 || required > count || readonlySigned >= required) {
            throw new IllegalArgumentException("Solana message header: " + required + " required signatures, "
                    + readonlySigned + " read-only signers, " + count + " accounts is inconsistent");
        }
        List<byte[]> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(cursor.raw(KEY_LENGTH, "account key"));
        }
        cursor.raw(KEY_LENGTH, "recent blockhash");
        int instructions = cursor.compactU16("instruction count");
        List<int[]> accountIndices = new ArrayList<>();
        for (int i = 0; i < instructions; i++) {
            int program = cursor.u8("program id index");
            if (program >= count) {
                throw new IllegalArgumentException("instruction " + i + ": program id index " + program
                        + " is not a static account (" + count + ")");
            }
            int accounts = cursor.compactU16("instruction account count");
            int[] indices = new int[accounts];
            for (int j = 0; j < accounts; j++) {
                indices[j] = cursor.u8("instruction account index");
            }
            accountIndices.add(indices);
            cursor.raw(cursor.compactU16("instruction data length"), "instruction data");
        }
        int loaded = 0;
        if (versioned) {
            int lookups = cursor.compactU16("address table lookup count");
            for (int i = 0; i < lookups; i++) {
                cursor.raw(KEY_LENGTH, "address table key");
                int writable = cursor.compactU16("writable index count");
                cursor.raw(writable, "writable indexes");
                int readonly = cursor.compactU16("read-only index count");
                cursor.raw(readonly, "read-only indexes");
                loaded += writable + readonly;
            }
        }
        cursor.finish();
        int total = count + loaded;
        for (int[] indices : accountIndices) {
            for (int index : indices) {
                if (index >= total) {
                    throw new IllegalArgumentException(
                            "an instruction names account " + index + " of " + total + " accounts");
                }
            }
        }
        return new SolanaMessage(keys.subList(0, required), keys);
    }

    /** A strict reader over the message bytes. */
    private static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        int u8(String field) {
            require(1, field);
            return bytes[position++] & 0xFF;
        }

        byte[] raw(int length, String field) {
            require(length, field);
            byte[] value = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return value;
        }

        /** Solana's compact-u16: 1 to 3 bytes, 7 bits each, little-endian, canonical. */
        int compactU16(String field) {
            int value = 0;
            for (int i = 0; i < 3; i++) {
                int part = u8(field);
                value |= (part & 0x7F) << (7 * i);
                if ((part & 0x80) == 0) {
                    if (i > 0 && part == 0) {
                        throw new IllegalArgumentException("Solana message: " + field + " is not canonically encoded");
                    }
                    if (value > 0xFFFF) {
                        throw new IllegalArgumentException("Solana message: " + field + " is above 65535");
                    }
                    return value;
                }
            }
            throw new IllegalArgumentException("Solana message: " + field + " is longer than 3 bytes");
        }

        void finish() {
            if (position != bytes.length) {
                throw new IllegalArgumentException(
                        "Solana message: " + (bytes.length - position) + " trailing bytes after the last field");
            }
        }

        private void require(int length, String field) {
            if (bytes.length - position < length) {
                throw new IllegalArgumentException("Solana message: " + field + " is truncated");
            }
        }
    }
}
