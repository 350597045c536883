package dev.custos.policy.velocity;

import dev.custos.policy.cel.Variables;
import dev.custos.types.UsdAmount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sums past requests per wallet, initiator and destination over rolling and fixed windows. The totals a policy sees
 * include the request being evaluated, so {@code velocity.wallet.amount_usd_24h > 100000.0} reads as "this request
 * would take the last 24 hours above 100,000 USD". Not thread-safe.
 */
public final class VelocityTracker {
    /** Older entries cannot fall in any window and are dropped as new ones arrive. */
    private static final long RETENTION_SECONDS = 48L * 3600;

    private final List<PastRequest> history = new ArrayList<>();

    public void record(PastRequest request) {
        Objects.requireNonNull(request, "request is null");
        history.add(request);
        Instant horizon = request.timestamp().minusSeconds(RETENTION_SECONDS);
        history.removeIf(past -> past.timestamp().isBefore(horizon));
    }

    public int size() {
        return history.size();
    }

    /** The {@code velocity.*} variables for {@code current}, counting it too. */
    public Map<String, Object> variables(PastRequest current) {
        Objects.requireNonNull(current, "current is null");
        Map<String, Object> out = new LinkedHashMap<>();
        scope(out, "wallet", current, PastRequest::walletId);
        scope(out, "initiator", current, PastRequest::initiator);
        scope(out, "destination", current, PastRequest::destination);
        return out;
    }

    private void scope(Map<String, Object> out, String scope, PastRequest current, Function<PastRequest, String> key) {
        String value = key.apply(current);
        Instant now = current.timestamp();
        for (Window window : Window.values()) {
            UsdAmount amount = current.amountUsd();
            long count = 1;
            for (PastRequest past : history) {
                if (key.apply(past).equals(value) && window.contains(past.timestamp(), now)) {
                    amount = amount.plus(past.amountUsd());
                    count++;
                }
            }
            out.put(Variables.velocityName(scope, "amount_usd", window.suffix()), amount.toDouble());
            out.put(Variables.velocityName(scope, "count", window.suffix()), count);
        }
    }
}
