package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.types.EventFields;
import dev.custos.types.UsdAmount;
import dev.custos.types.WalletTier;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a {@code signing.request} event (docs/EVENTS.md, "Signing request") that the detection engine, the
 * detection service and the policy all read, read one way: text as {@link EventValues#text}, amounts as {@link
 * EventValues#usd}, the tier as {@link EventValues#walletTier}. A present field that does not read is refused; which
 * absent fields are required is each reader's choice (the engine requires none, {@code POST /v1/risk} five, the policy
 * the request and wallet ids).
 *
 * @param requestId {@code custos.request.id}
 * @param walletId {@code custos.wallet.id}
 * @param walletTier {@code custos.wallet.tier}
 * @param walletBalanceUsd {@code custos.wallet.balance_usd}
 * @param initiator {@code user.name}, who asks
 * @param role {@code custos.role}, else {@code custos.initiator.role}
 * @param chain {@code custos.tx.chain}
 * @param asset {@code custos.tx.asset}
 * @param destination {@code custos.tx.to}, as given
 * @param amountUsd {@code custos.tx.amount_usd}
 * @param amount {@code custos.tx.amount}, in the asset's units
 */
public record SigningRequestEvent(
        Optional<String> requestId,
        Optional<String> walletId,
        Optional<WalletTier> walletTier,
        Optional<UsdAmount> walletBalanceUsd,
        Optional<String> initiator,
        Optional<String> role,
        Optional<String> chain,
        Optional<String> asset,
        Optional<String> destination,
        Optional<UsdAmount> amountUsd,
        Optional<BigDecimal> amount) {

    public SigningRequestEvent {
        Objects.requireNonNull(requestId, "requestId is null");
        Objects.requireNonNull(walletId, "walletId is null");
        Objects.requireNonNull(walletTier, "walletTier is null");
        Objects.requireNonNull(walletBalanceUsd, "walletBalanceUsd is null");
        Objects.requireNonNull(initiator, "initiator is null");
        Objects.requireNonNull(role, "role is null");
        Objects.requireNonNull(chain, "chain is null");
        Objects.requireNonNull(asset, "asset is null");
        Objects.requireNonNull(destination, "destination is null");
        Objects.requireNonNull(amountUsd, "amountUsd is null");
        Objects.requireNonNull(amount, "amount is null");
        if (amount.isPresent() && amount.get().signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount.get());
        }
    }

    /**
     * Reads the fields of a flattened event ({@link EcsFlattener}). Does not look at {@code event.action}: the caller
     * decided that the event is a signing request.
     *
     * @throws InvalidEventException naming a field that is present but does not read
     */
    public static SigningRequestEvent read(Map<String, JsonNode> fields) throws InvalidEventException {
        Objects.requireNonNull(fields, "fields is null");
        Optional<String> role = EventValues.text(fields, EventFields.ROLE);
        Optional<String> initiatorRole = EventValues.text(fields, EventFields.INITIATOR_ROLE);
        return new SigningRequestEvent(
                EventValues.text(fields, EventFields.REQUEST_ID),
                EventValues.text(fields, EventFields.WALLET_ID),
                EventValues.walletTier(fields),
                EventValues.usd(fields, EventFields.WALLET_BALANCE_USD),
                EventValues.text(fields, EventFields.USER_NAME),
                role.or(() -> initiatorRole),
                EventValues.text(fields, EventFields.TX_CHAIN),
                EventValues.text(fields, EventFields.TX_ASSET),
                EventValues.text(fields, EventFields.TX_TO),
                EventValues.usd(fields, EventFields.TX_AMOUNT_USD),
                EventValues.decimal(fields, EventFields.TX_AMOUNT));
    }
}
