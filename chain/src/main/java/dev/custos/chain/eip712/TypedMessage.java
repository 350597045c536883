package dev.custos.chain.eip712;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decoded intent of an EIP-712 typed-data message.
 *
 * @param kind what the message was recognised as
 * @param primaryType the primary type name
 * @param encodedType encodeType of the primary type
 * @param domainSeparator hashStruct(domain)
 * @param messageHash hashStruct(message); empty when the primary type is the domain itself
 * @param digest the 32 bytes actually signed
 * @param chainId the domain's chain id, when present
 * @param verifyingContract the domain's verifying contract, when present
 * @param domainName the domain's name, when present
 * @param grants the permissions a permit grants (permits only)
 * @param safeTransaction the Safe transaction a SafeTx message represents, decoded
 * @param flags risk flags
 * @param warnings further findings in plain language
 * @param summary one plain-language line
 */
public record TypedMessage(
        TypedDataKind kind,
        String primaryType,
        String encodedType,
        Hash32 domainSeparator,
        Optional<Hash32> messageHash,
        Hash32 digest,
        Optional<BigInteger> chainId,
        Optional<Address> verifyingContract,
        Optional<String> domainName,
        List<PermitGrant> grants,
        Optional<Intent> safeTransaction,
        Set<Flag> flags,
        List<String> warnings,
        String summary) {

    public TypedMessage {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(primaryType, "primaryType is null");
        Objects.requireNonNull(encodedType, "encodedType is null");
        Objects.requireNonNull(domainSeparator, "domainSeparator is null");
        Objects.requireNonNull(messageHash, "messageHash is null");
        Objects.requireNonNull(digest, "digest is null");
        Objects.requireNonNull(chainId, "chainId is null");
        Objects.requireNonNull(verifyingContract, "verifyingContract is null");
        Objects.requireNonNull(domainName, "domainName is null");
        Objects.requireNonNull(safeTransaction, "safeTransaction is null");
        Objects.requireNonNull(summary, "summary is null");
        grants = List.copyOf(Objects.requireNonNull(grants, "grants is null"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings is null"));
        Objects.requireNonNull(flags, "flags is null");
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
    }

    public boolean hasFlag(Flag flag) {
        return flags.contains(flag);
    }
}
