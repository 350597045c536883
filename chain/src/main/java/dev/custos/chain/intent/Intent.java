package dev.custos.chain.intent;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.safe.ConfirmationCheck;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decoded intent of one transaction: what it will do, the flags a policy should look at and a one-line summary.
 *
 * @param source a Safe transaction or a raw Ethereum transaction
 * @param chainId the chain the payload is bound to; empty for legacy transactions without EIP-155
 * @param safe the Safe executing the call (Safe transactions)
 * @param safeVersion the Safe version used for the hash (Safe transactions)
 * @param nonce the Safe or account nonce
 * @param call the top-level call, with inner calls
 * @param safeTxHash the hash the owners sign, computed from the fields (Safe transactions)
 * @param confirmations the checked owner confirmations (Safe transactions)
 * @param transaction the decoded raw transaction (raw transactions)
 * @param flags every flag of the call tree, plus {@code signature_mismatch}
 * @param warnings further findings in plain language
 * @param summary one plain-language line
 */
public record Intent(
        IntentSource source,
        Optional<BigInteger> chainId,
        Optional<Address> safe,
        Optional<SafeVersion> safeVersion,
        Optional<BigInteger> nonce,
        DecodedCall call,
        Optional<Hash32> safeTxHash,
        List<ConfirmationCheck> confirmations,
        Optional<EthereumTransaction> transaction,
        Set<Flag> flags,
        List<String> warnings,
        String summary) {

    public Intent {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(chainId, "chainId is null");
        Objects.requireNonNull(safe, "safe is null");
        Objects.requireNonNull(safeVersion, "safeVersion is null");
        Objects.requireNonNull(nonce, "nonce is null");
        Objects.requireNonNull(call, "call is null");
        Objects.requireNonNull(safeTxHash, "safeTxHash is null");
        Objects.requireNonNull(transaction, "transaction is null");
        Objects.requireNonNull(summary, "summary is null");
        confirmations = List.copyOf(Objects.requireNonNull(confirmations, "confirmations is null"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings is null"));
        Objects.requireNonNull(flags, "flags is null");
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
    }

    public boolean hasFlag(Flag flag) {
        return flags.contains(flag);
    }
}
