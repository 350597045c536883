package dev.custos.chain.solana;

import dev.custos.chain.DecodingException;
import java.util.Map;

/** The programs and sysvars the decoder knows by address. */
final class SolanaPrograms {
    static final SolanaAddress SYSTEM = address("11111111111111111111111111111111");
    static final SolanaAddress TOKEN = address("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
    static final SolanaAddress TOKEN_2022 = address("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");
    static final SolanaAddress COMPUTE_BUDGET = address("ComputeBudget111111111111111111111111111111");
    static final SolanaAddress ASSOCIATED_TOKEN = address("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL");

    /** The programs whose instructions cannot move value on their own or are decoded, with their names. */
    static final Map<SolanaAddress, String> KNOWN = Map.of(
            SYSTEM, "System",
            TOKEN, "SPL Token",
            TOKEN_2022, "SPL Token-2022",
            COMPUTE_BUDGET, "Compute Budget",
            ASSOCIATED_TOKEN, "Associated Token Account");

    private SolanaPrograms() {}

    private static SolanaAddress address(String base58) {
        try {
            return SolanaAddress.fromBase58(base58);
        } catch (DecodingException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
