package dev.custos.chain.ethereum;

/** The Ethereum transaction envelopes this package decodes (EIP-2718 type byte and common name). */
public enum TransactionType {
    LEGACY(0, "legacy"),
    ACCESS_LIST(1, "EIP-2930"),
    DYNAMIC_FEE(2, "EIP-1559");

    private final int typeByte;
    private final String displayName;

    TransactionType(int typeByte, String displayName) {
        this.typeByte = typeByte;
        this.displayName = displayName;
    }

    /** The EIP-2718 type byte; 0 for legacy transactions, which carry none. */
    public int typeByte() {
        return typeByte;
    }

    public String displayName() {
        return displayName;
    }
}
