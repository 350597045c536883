package dev.custos.chain.solana;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Solana transaction message (the bytes the signatures cover), legacy or version 0, read strictly: canonical
 * compact-u16 lengths, a consistent header, program ids among the static keys, every account index in range, no
 * duplicate static key and no trailing bytes.
 *
 * @param version empty for a legacy message, 0 for a version 0 message
 * @param requiredSignatures how many of the first static keys must sign (the first is the fee payer)
 * @param readonlySigned how many of the signers are read-only
 * @param readonlyUnsigned how many of the other static keys are read-only
 * @param accountKeys the static account keys
 * @param recentBlockhash the recent blockhash, or the nonce value of a durable-nonce transaction
 * @param instructions the instructions
 * @param lookups the address table lookups (version 0 only)
 */
public record SolanaMessage(
        Optional<Integer> version,
        int requiredSignatures,
        int readonlySigned,
        int readonlyUnsigned,
        List<SolanaAddress> accountKeys,
        byte[] recentBlockhash,
        List<CompiledInstruction> instructions,
        List<AddressTableLookup> lookups) {
    public SolanaMessage {
        Objects.requireNonNull(version, "version is null");
        accountKeys = List.copyOf(accountKeys);
        recentBlockhash = recentBlockhash.clone();
        instructions = List.copyOf(instructions);
        lookups = List.copyOf(lookups);
    }

    @Override
    public byte[] recentBlockhash() {
        return recentBlockhash.clone();
    }

    /** The keys that must sign, in order. */
    public List<SolanaAddress> signers() {
        return accountKeys.subList(0, requiredSignatures);
    }

    /** The fee payer: the first signer. */
    public SolanaAddress feePayer() {
        return accountKeys.getFirst();
    }

    /** Whether {@code address} is one of the required signers. */
    public boolean requiresSignatureOf(SolanaAddress address) {
        return signers().contains(Objects.requireNonNull(address, "address is null"));
    }

    /** How many accounts the address table lookups load. */
    public int loadedAccounts() {
        return lookups.stream().mapToInt(AddressTableLookup::loaded).sum();
    }

    /** The static key at {@code index}, or empty when the index names an account loaded from a lookup table. */
    public Optional<SolanaAddress> staticAccount(int index) {
        return index < accountKeys.size() ? Optional.of(accountKeys.get(index)) : Optional.empty();
    }

    /** Parses {@code bytes} as a message. */
    public static SolanaMessage parse(byte[] bytes) throws DecodingException {
        MessageReader reader = new MessageReader(Objects.requireNonNull(bytes, "bytes is null"));
        int first = reader.u8("header");
        boolean versioned = (first & 0x80) != 0;
        if (versioned && (first & 0x7F) != 0) {
            throw new DecodingException("Solana message version " + (first & 0x7F) + " is not supported", 0);
        }
        int required = versioned ? reader.u8("num_required_signatures") : first;
        int readonlySigned = reader.u8("num_readonly_signed_accounts");
        int readonlyUnsigned = reader.u8("num_readonly_unsigned_accounts");
        int count = reader.compactU16("account count");
        if (required < 1 || required > count || readonlySigned >= required || readonlyUnsigned > count - required) {
            throw new DecodingException("Solana message header: " + required + " required signatures, "
                    + readonlySigned + " read-only signers, " + readonlyUnsigned + " read-only others and " + count
                    + " accounts are inconsistent");
        }
        List<SolanaAddress> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SolanaAddress key = SolanaAddress.of(reader.raw(SolanaAddress.LENGTH, "account key " + i));
            if (keys.contains(key)) {
                throw new DecodingException("Solana message: account key " + i + " (" + key + ") appears twice");
            }
            keys.add(key);
        }
        byte[] blockhash = reader.raw(32, "recent blockhash");
        int instructionCount = reader.compactU16("instruction count");
        List<CompiledInstruction> instructions = new ArrayList<>();
        for (int i = 0; i < instructionCount; i++) {
            int program = reader.u8("instruction " + i + " program id index");
            if (program >= count) {
                throw new DecodingException("instruction " + i + ": program id index " + program
                        + " is not a static account (" + count + ")");
            }
            int accountCount = reader.compactU16("instruction " + i + " account count");
            int[] indexes = new int[accountCount];
            for (int j = 0; j < accountCount; j++) {
                indexes[j] = reader.u8("instruction " + i + " account index");
            }
            byte[] data = reader.raw(reader.compactU16("instruction " + i + " data length"), "instruction data");
            instructions.add(new CompiledInstruction(program, indexes, data));
        }
        List<AddressTableLookup> lookups = new ArrayList<>();
        if (versioned) {
            int lookupCount = reader.compactU16("address table lookup count");
            for (int i = 0; i < lookupCount; i++) {
                SolanaAddress table = SolanaAddress.of(reader.raw(SolanaAddress.LENGTH, "address table key"));
                byte[] writable = reader.raw(reader.compactU16("writable index count"), "writable indexes");
                byte[] readonly = reader.raw(reader.compactU16("read-only index count"), "read-only indexes");
                if (writable.length + readonly.length == 0) {
                    throw new DecodingException("address table lookup " + i + " loads no account");
                }
                lookups.add(new AddressTableLookup(table, writable, readonly));
            }
        }
        reader.finish();
        SolanaMessage message = new SolanaMessage(
                versioned ? Optional.of(0) : Optional.empty(),
                required,
                readonlySigned,
                readonlyUnsigned,
                keys,
                blockhash,
                instructions,
                lookups);
        int total = count + message.loadedAccounts();
        for (int i = 0; i < instructions.size(); i++) {
            for (int index : instructions.get(i).accounts()) {
                if (index >= total) {
                    throw new DecodingException(
                            "instruction " + i + " names account " + index + " of " + total + " accounts");
                }
            }
        }
        return message;
    }
}
