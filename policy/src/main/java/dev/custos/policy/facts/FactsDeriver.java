package dev.custos.policy.facts;

import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.PsbtTransfers;
import dev.custos.chain.bitcoin.WalletKeys;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.intent.DerivedTransfers;
import dev.custos.chain.intent.TokenStandard;
import dev.custos.chain.intent.Transfer;
import dev.custos.chain.intent.TransferContext;
import dev.custos.chain.intent.TransferDerivation;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Price;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.request.TypedPayload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives a request's {@link DerivedFacts} from its typed payload, the wallet's entry in the policy and the policy's
 * price table and contract declarations. Nothing the caller claims is read.
 */
public final class FactsDeriver {
    private FactsDeriver() {}

    public static DerivedFacts derive(Policy policy, Wallet wallet, TypedPayload payload) {
        DerivedTransfers derived = switch (payload) {
            case TypedPayload.None none ->
                new DerivedTransfers(
                        List.of(), List.of("no payload attached: there is nothing to derive facts from"), false);
            case TypedPayload.RawTransaction raw -> TransferDerivation.of(raw.decoded(), context(policy));
            case TypedPayload.SafeTransactionPayload safe ->
                TransferDerivation.ofSafeTransaction(safe.transaction(), safe.decoded(), context(policy));
            case TypedPayload.PsbtPayload psbt ->
                PsbtTransfers.derive(
                        psbt.psbt(),
                        psbt.network(),
                        new WalletKeys(Set.copyOf(wallet.fingerprints()), Set.copyOf(wallet.ownScripts())));
            case TypedPayload.SolanaPayload solana -> SolanaFacts.transfers(solana.decoded());
        };
        List<String> incomplete = new ArrayList<>(derived.incomplete());
        String chain = switch (payload) {
            case TypedPayload.PsbtPayload psbt -> "bitcoin";
            case TypedPayload.SolanaPayload solana -> "solana";
            default -> "ethereum";
        };
        if (!(payload instanceof TypedPayload.None) && !chain.equals(wallet.chain())) {
            incomplete.add(
                    "the payload is a " + chain + " payload but wallet " + wallet.id() + " is on " + wallet.chain());
        }
        if (payload instanceof TypedPayload.SafeTransactionPayload safe
                && !wallet.ownAddresses().isEmpty()) {
            String executing = TransferDerivation.address(safe.transaction().safe());
            if (!wallet.ownAddresses().contains(executing)) {
                incomplete.add("the Safe " + executing + " is not one of wallet " + wallet.id()
                        + "'s own addresses: the payload spends from another account");
            }
        }
        List<ValuedTransfer> valued = new ArrayList<>();
        Set<String> recipients = new TreeSet<>();
        Set<String> unpriced = new TreeSet<>();
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal approvals = BigDecimal.ZERO;
        Set<String> own = new HashSet<>(wallet.ownAddresses());
        for (Transfer transfer : derived.transfers()) {
            boolean isOwn = own.contains(transfer.recipient());
            Optional<BigDecimal> usd = Optional.empty();
            if (!isOwn && transfer.amount().signum() > 0) {
                recipients.add(transfer.recipient());
                switch (transfer.kind()) {
                    case NATIVE, TOKEN, APPROVAL -> {
                        Optional<Price> price = policy.prices().price(chain, transfer.asset());
                        usd = price.map(p -> p.value(transfer.amount()));
                        if (usd.isEmpty()) {
                            unpriced.add(transfer.asset());
                        } else if (transfer.kind() == Transfer.Kind.APPROVAL) {
                            approvals = approvals.add(usd.get());
                        } else {
                            amount = amount.add(usd.get());
                        }
                    }
                    case NFT -> unpriced.add(transfer.asset());
                    case OPERATOR_APPROVAL -> {
                        // an operator may move every token of the collection: not valued, the flag approval_for_all
                        // and the recipient checks decide
                    }
                }
            }
            valued.add(new ValuedTransfer(transfer, isOwn, usd));
        }
        return new DerivedFacts(
                valued,
                incomplete,
                derived.unknownCalldata(),
                List.copyOf(recipients),
                amount,
                approvals,
                List.copyOf(unpriced));
    }

    /** The policy's declarations as the chain module's derivation context. */
    public static TransferContext context(Policy policy) {
        Map<Address, TokenStandard> standards = new HashMap<>();
        Set<Address> multiSend = new HashSet<>();
        policy.contractStandards().forEach((text, standard) -> {
            Address address;
            try {
                address = Address.fromHex(text);
            } catch (DecodingException e) {
                throw new IllegalArgumentException("known contract " + text + ": " + e.getMessage(), e);
            }
            switch (standard) {
                case "erc20" -> standards.put(address, TokenStandard.ERC20);
                case "erc721" -> standards.put(address, TokenStandard.ERC721);
                case "erc1155" -> standards.put(address, TokenStandard.ERC1155);
                case "multisend" -> multiSend.add(address);
                default ->
                    throw new IllegalArgumentException("known contract " + text + ": unknown standard " + standard);
            }
        });
        policy.prices().prices().stream()
                .filter(price ->
                        price.chain().equals("ethereum") && price.asset().startsWith("0x"))
                .forEach(price -> {
                    try {
                        standards.putIfAbsent(Address.fromHex(price.asset()), TokenStandard.ERC20);
                    } catch (DecodingException e) {
                        throw new IllegalArgumentException("price asset " + price.asset() + ": " + e.getMessage(), e);
                    }
                });
        return new TransferContext(standards, multiSend);
    }
}
