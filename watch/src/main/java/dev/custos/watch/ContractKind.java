package dev.custos.watch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a registered contract is. Every kind's governance events are decoded wherever they appear (their signatures
 * are distinctive); the kind decides what else is watched: a Safe's singleton pointer (slot 0) and its ERC-20
 * outflows, a wallet's ERC-20 and ether outflows.
 */
public enum ContractKind {
    /** A Safe proxy (1.1.1 to 1.4.1): owners, threshold, modules, guard, fallback handler, slot 0, ERC-20 outflows. */
    SAFE,
    /** An EIP-1967 proxy: implementation, admin and beacon changes. */
    PROXY,
    /** An Ownable contract: ownership transfers. */
    OWNABLE,
    /** An AccessControl contract: role grants and revocations. */
    ACCESS_CONTROL,
    /** A TimelockController: delay changes, scheduled calls, roles. */
    TIMELOCK,
    /** A Governor: proposals created and executed. */
    GOVERNOR,
    /** A wallet (an account Custos signs for): ERC-20 transfers from it and ether sent by its transactions. */
    WALLET;

    /** Its name in a watch list: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether transfers out of it are watched. */
    public boolean watchesOutflows() {
        return this == SAFE || this == WALLET;
    }

    /** The kind named {@code text} in a watch list (case-insensitive). */
    public static Optional<ContractKind> parse(String text) {
        return Arrays.stream(values())
                .filter(kind -> kind.label().equalsIgnoreCase(text))
                .findFirst();
    }

    /** The names a watch list may use, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(ContractKind::label).collect(Collectors.joining(", "));
    }
}
