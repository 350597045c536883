package dev.custos.chain.simulation;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.intent.Flag;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a simulated transaction would do, derived from its effects: the net balance changes of every holder (native
 * coin and ERC-20 tokens; the wallet's own negative ones are its {@link #outflows()}, {@code sim.outflows} for
 * policies), each change of the wallet's own storage with its meaning, whether any changed beyond the nonce
 * ({@code sim.wallet_storage_changed}), and the flags those changes raise, above all {@code implementation_change}
 * when slot 0 — a Safe's singleton — is rewritten by what was presented as a transfer.
 *
 * <p>A simulation runs against the node's state now; the state can change before the transaction executes, so it
 * informs approvers and policies, while the nodes still enforce on the decoded bytes.
 *
 * @param wallet the wallet
 * @param changes the changes to its storage, in first-write order
 * @param flags the flags they raise
 * @param balanceChanges the net balance changes of every holder
 */
public record WalletSimulation(
        Address wallet, List<WalletStorageChange> changes, Set<Flag> flags, List<BalanceChange> balanceChanges) {
    public WalletSimulation {
        Objects.requireNonNull(wallet, "wallet is null");
        changes = List.copyOf(Objects.requireNonNull(changes, "changes is null"));
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags is null"));
        balanceChanges = List.copyOf(Objects.requireNonNull(balanceChanges, "balanceChanges is null"));
    }

    /** Derives what the simulation does from all its {@code effects}. */
    public static WalletSimulation of(Address wallet, TraceEffects effects) {
        Objects.requireNonNull(wallet, "wallet is null");
        List<StorageWrite> writes = effects.storageWrites();
        Set<Address> candidates = new LinkedHashSet<>();
        candidates.add(wallet);
        for (StorageWrite write : writes) {
            candidates.add(write.account());
            if (write.value().bitLength() <= 160) {
                candidates.add(address(write.value()));
            }
        }
        List<WalletStorageChange> changes = new ArrayList<>();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (StorageWrite write : writes) {
            if (!write.account().equals(wallet)) {
                continue;
            }
            SafeSlot meaning = SafeSlot.of(write.slot(), candidates);
            changes.add(new WalletStorageChange(write.slot(), write.value(), meaning));
            meaning.flag().ifPresent(flags::add);
        }
        return new WalletSimulation(wallet, changes, flags, BalanceChanges.of(effects));
    }

    /** The wallet's outflows: its negative balance changes, native coin and tokens. */
    public List<BalanceChange> outflows() {
        return balanceChanges.stream()
                .filter(change ->
                        change.holder().equals(wallet) && change.delta().signum() < 0)
                .toList();
    }

    /** Whether the wallet's storage changes beyond the nonce every Safe execution bumps. */
    public boolean walletStorageChanged() {
        return changes.stream().anyMatch(change -> change.meaning() != SafeSlot.NONCE);
    }

    private static Address address(BigInteger value) {
        byte[] bytes = new byte[Address.LENGTH];
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, Address.LENGTH);
        System.arraycopy(raw, raw.length - length, bytes, Address.LENGTH - length, length);
        return Address.of(bytes);
    }
}
