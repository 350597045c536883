package dev.custos.watch;

import dev.custos.chain.ethereum.Address;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract or wallet the user registered.
 *
 * @param address its address
 * @param kind what it is
 * @param label the user's name for it (shown in events as {@code custos.governance.label})
 * @param walletId the Custos wallet it belongs to ({@code custos.wallet.id}); a wallet's label when not given
 */
public record WatchedContract(Address address, ContractKind kind, String label, Optional<String> walletId) {
    /** The longest label or wallet id accepted. */
    public static final int MAX_TEXT = 200;

    public WatchedContract {
        Objects.requireNonNull(address, "address is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(walletId, "walletId is null");
        requireText("label", label);
        walletId.ifPresent(id -> requireText("wallet", id));
    }

    /** The wallet id events carry: the given one, or the label of a wallet. */
    public Optional<String> effectiveWalletId() {
        return walletId.isPresent() ? walletId : kind == ContractKind.WALLET ? Optional.of(label) : Optional.empty();
    }

    private static void requireText(String field, String text) {
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " must be 1 to " + MAX_TEXT + " characters, not blank");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException(field + " contains a control character at " + i);
            }
        }
    }
}
