package dev.custos.chain.solana;

import java.util.Arrays;
import java.util.Objects;

/**
 * A version 0 message's use of an address lookup table: the table's address and which of its entries are loaded. The
 * message does not contain the loaded addresses; only the table's on-chain content resolves them.
 *
 * @param table the lookup table account
 * @param writable the indexes of the entries loaded as writable
 * @param readonly the indexes of the entries loaded as read-only
 */
public record AddressTableLookup(SolanaAddress table, byte[] writable, byte[] readonly) {
    public AddressTableLookup {
        Objects.requireNonNull(table, "table is null");
        writable = Objects.requireNonNull(writable, "writable is null").clone();
        readonly = Objects.requireNonNull(readonly, "readonly is null").clone();
    }

    @Override
    public byte[] writable() {
        return writable.clone();
    }

    @Override
    public byte[] readonly() {
        return readonly.clone();
    }

    /** How many accounts this lookup loads. */
    public int loaded() {
        return writable.length + readonly.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressTableLookup that
                && table.equals(that.table)
                && Arrays.equals(writable, that.writable)
                && Arrays.equals(readonly, that.readonly);
    }

    @Override
    public int hashCode() {
        return table.hashCode() * 31 + Arrays.hashCode(writable) * 17 + Arrays.hashCode(readonly);
    }
}
