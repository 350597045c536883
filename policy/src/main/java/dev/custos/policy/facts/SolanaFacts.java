package dev.custos.policy.facts;

import dev.custos.chain.intent.DerivedTransfers;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Transfer;
import dev.custos.chain.solana.SolanaDecoder;
import dev.custos.chain.solana.SolanaIntent;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solana message's transfers in the policy's terms: lamports as the {@code native} asset of chain {@code solana},
 * tokens by mint (a plain SPL {@code transfer} names only token accounts, so its mint, and thus its price, is unknown:
 * unpriced); what the message may move beyond them (accounts from lookup tables, programs not decoded) makes the
 * derivation incomplete, which the policy's {@code facts.complete} and unpriced rules see.
 */
final class SolanaFacts {
    private static final String MINT_PREFIX = "SPL token ";

    private SolanaFacts() {}

    static DerivedTransfers transfers(SolanaIntent intent) {
        List<Transfer> transfers = new ArrayList<>();
        for (Transfer transfer : intent.transfers()) {
            String asset = transfer.asset();
            if (asset.equals(SolanaDecoder.SOL)) {
                asset = "native";
            } else if (asset.startsWith(MINT_PREFIX) && !asset.startsWith(MINT_PREFIX + "of account ")) {
                asset = asset.substring(MINT_PREFIX.length());
            }
            transfers.add(new Transfer(transfer.kind(), asset, transfer.recipient(), transfer.amount()));
        }
        List<String> incomplete = new ArrayList<>();
        if (intent.unresolvedAccounts() > 0) {
            incomplete.add(intent.unresolvedAccounts()
                    + " accounts come from address lookup tables, which are not resolved: what they name is unknown");
        }
        boolean unknownPrograms = intent.hasFlag(Flag.UNKNOWN_TARGET);
        if (unknownPrograms) {
            incomplete.add("the message calls a program that is not decoded: what it moves is unknown");
        }
        return new DerivedTransfers(transfers, incomplete, unknownPrograms);
    }
}
