package dev.custos.chain.intent;

import dev.custos.chain.ethereum.Address;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What transfer derivation needs to know about contracts, from a trusted source (the quorum-signed policy), never from
 * the request.
 *
 * @param tokenStandards the declared standard of token contracts; an undeclared contract's shared ERC-20/ERC-721
 *     selectors are read as ERC-20 (an amount), whose value is then unpriced unless the price table lists it
 * @param trustedMultiSend contracts whose {@code multiSend} may be reached by DELEGATECALL (the canonical Safe
 *     MultiSend deployments the policy lists); a delegatecall anywhere else makes the facts incomplete
 */
public record TransferContext(Map<Address, TokenStandard> tokenStandards, Set<Address> trustedMultiSend) {
    /** No declarations: every delegatecall is incomplete and shared selectors are read as ERC-20. */
    public static final TransferContext EMPTY = new TransferContext(Map.of(), Set.of());

    public TransferContext {
        tokenStandards = Map.copyOf(Objects.requireNonNull(tokenStandards, "tokenStandards is null"));
        trustedMultiSend = Set.copyOf(Objects.requireNonNull(trustedMultiSend, "trustedMultiSend is null"));
    }

    /** The declared standard of {@code contract}, if any. */
    public Optional<TokenStandard> standard(Address contract) {
        return Optional.ofNullable(tokenStandards.get(contract));
    }
}
