package dev.custos.policy.approval.digest;

import java.util.Locale;

/** What kind of payload an approval is for; each kind belongs to one chain. */
public enum PayloadKind {
    /** An unsigned legacy, EIP-2930 or EIP-1559 Ethereum transaction; signed hash: its Keccak-256 signing hash. */
    RAW_TX(ApprovalChain.ETHEREUM),
    /** A Safe transaction; signed hash: the safeTxHash computed from its fields, chain id and Safe version. */
    SAFE_TX(ApprovalChain.ETHEREUM),
    /** EIP-712 typed data; signed hash: {@code keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message))}. */
    EIP712(ApprovalChain.ETHEREUM),
    /** A PSBT; signed hash: the txid of its unsigned transaction, in internal byte order. */
    PSBT(ApprovalChain.BITCOIN),
    /** A Solana transaction; signed hash: SHA-256 of its message bytes. */
    SOLANA_TX(ApprovalChain.SOLANA);

    private final ApprovalChain chain;

    PayloadKind(ApprovalChain chain) {
        this.chain = chain;
    }

    /** The chain this kind of payload is signed on. */
    public ApprovalChain chain() {
        return chain;
    }

    /** The name written into the digest: {@code raw_tx}, {@code safe_tx}, {@code eip712}, {@code psbt}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this {@link #code()}; throws {@link IllegalArgumentException} naming the allowed ones. */
    public static PayloadKind parse(String code) {
        for (PayloadKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown payload kind '" + code + "': expected raw_tx, safe_tx, eip712, psbt or solana_tx");
    }
}
