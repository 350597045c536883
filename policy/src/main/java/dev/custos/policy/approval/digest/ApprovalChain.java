package dev.custos.policy.approval.digest;

import java.util.Locale;

/** The chain a payload is for, as the approval digest names it. */
public enum ApprovalChain {
    ETHEREUM,
    BITCOIN,
    SOLANA;

    /** The name written into the digest: {@code ethereum}, {@code bitcoin} or {@code solana}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The chain with this {@link #code()}; throws {@link IllegalArgumentException} naming the allowed ones. */
    public static ApprovalChain parse(String code) {
        for (ApprovalChain chain : values()) {
            if (chain.code().equals(code)) {
                return chain;
            }
        }
        throw new IllegalArgumentException("unknown chain '" + code + "': expected ethereum, bitcoin or solana");
    }
}
