package dev.custos.chain.solana;

import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Transfer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decoded intent of a Solana message, in the same terms as an Ethereum intent: transfers, flags, warnings and a
 * one-line summary.
 *
 * @param version empty for a legacy message, 0 for version 0
 * @param feePayer the account that pays the fee (the first signer)
 * @param signers every required signer
 * @param programs the programs the instructions call, in order of first use
 * @param transfers the movements of value and approvals the instructions authorise
 * @param durableNonce the nonce account, when the message is a durable-nonce transaction
 * @param unresolvedAccounts how many accounts come from address lookup tables (not resolved here)
 * @param flags the risk flags
 * @param warnings further findings in plain language
 * @param summary one plain-language line
 */
public record SolanaIntent(
        Optional<Integer> version,
        SolanaAddress feePayer,
        List<SolanaAddress> signers,
        List<SolanaAddress> programs,
        List<Transfer> transfers,
        Optional<String> durableNonce,
        int unresolvedAccounts,
        Set<Flag> flags,
        List<String> warnings,
        String summary) {
    public SolanaIntent {
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(feePayer, "feePayer is null");
        Objects.requireNonNull(durableNonce, "durableNonce is null");
        Objects.requireNonNull(summary, "summary is null");
        signers = List.copyOf(signers);
        programs = List.copyOf(programs);
        transfers = List.copyOf(transfers);
        warnings = List.copyOf(warnings);
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
    }

    /** Whether the intent carries {@code flag}. */
    public boolean hasFlag(Flag flag) {
        return flags.contains(flag);
    }
}
