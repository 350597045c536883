package dev.custos.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentJson;
import dev.custos.policy.model.Destination;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.types.WalletTier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the values of every declared {@link dev.custos.policy.cel.Variables variable} for one request. */
final class RequestVariables {
    private RequestVariables() {}

    static Map<String, Object> of(
            Policy policy, SigningRequest request, VelocityTracker velocity, Set<String> approvers) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("request.id", request.id());
        intent(vars, request.intent());
        vars.put("wallet.id", request.walletId());
        vars.put("wallet.tier", request.walletTier().map(WalletTier::wireName).orElse(""));
        vars.put("wallet.balance_usd", request.walletBalanceUsd().toDouble());
        vars.put("wallet.frozen", policy.isFrozen(request.walletId()));
        vars.put("initiator.name", request.initiatorName());
        vars.put("initiator.role", request.initiatorRole());
        vars.put("approvers", approvers.stream().sorted().toList());
        vars.put("tx.chain", request.chain());
        vars.put("tx.asset", request.asset());
        vars.put("tx.to", request.destination());
        vars.put("amount_usd", request.amountUsd().toDouble());
        vars.put(
                "amount_share_of_balance",
                share(request.amountUsd().toDouble(), request.walletBalanceUsd().toDouble()));
        destination(vars, policy, request);
        vars.putAll(velocity.variables(new PastRequest(
                request.timestamp(),
                request.walletId(),
                request.initiatorName(),
                request.destination(),
                request.amountUsd())));
        ZonedDateTime time = request.timestamp().atZone(ZoneOffset.UTC);
        vars.put("time.unix", request.timestamp().getEpochSecond());
        vars.put("time.hour_utc", (long) time.getHour());
        vars.put("time.minute_utc", (long) time.getMinute());
        vars.put("time.weekday", (long) time.getDayOfWeek().getValue());
        vars.put("risk.score", (long) request.riskScore());
        vars.put("risk.reasons", request.riskReasons());
        return vars;
    }

    private static double share(double amount, double balance) {
        if (balance <= 0) {
            return amount > 0 ? 1.0 : 0.0;
        }
        return amount / balance;
    }

    private static void destination(Map<String, Object> vars, Policy policy, SigningRequest request) {
        String address = request.destination();
        Optional<Destination> entry = address.isEmpty() ? Optional.empty() : policy.destination(address);
        Optional<Instant> added = entry.map(Destination::addedAt).or(request::allowlistedAt);
        long age = added.map(at -> Duration.between(at, request.timestamp()).toSeconds())
                .orElse(-1L);
        boolean allowlisted = !address.isEmpty() && added.isPresent();
        vars.put("destination.address", address);
        vars.put("destination.allowlisted", allowlisted);
        vars.put("destination.active", allowlisted && age >= policy.destinationCooldownSeconds());
        vars.put("destination.label", entry.map(Destination::label).orElse(""));
        vars.put("destination.age_seconds", age);
    }

    private static void intent(Map<String, Object> vars, Optional<Intent> decoded) {
        List<String> flags = new ArrayList<>();
        Map<String, String> arguments = new TreeMap<>();
        if (decoded.isEmpty()) {
            vars.put("intent.present", false);
            vars.put("intent.source", "");
            vars.put("intent.target", "");
            vars.put("intent.target_label", "");
            vars.put("intent.is_known_target", false);
            vars.put("intent.value_wei", "0");
            vars.put("intent.operation", "");
            vars.put("intent.function", "");
        } else {
            Intent intent = decoded.get();
            ObjectNode call = IntentJson.toJson(intent.call());
            vars.put("intent.present", true);
            vars.put("intent.source", intent.source().wireName());
            vars.put(
                    "intent.target",
                    intent.call()
                            .target()
                            .map(address -> address.toString().toLowerCase(Locale.ROOT))
                            .orElse(""));
            vars.put("intent.target_label", intent.call().targetLabel().orElse(""));
            vars.put("intent.is_known_target", !intent.hasFlag(Flag.UNKNOWN_TARGET));
            vars.put("intent.value_wei", intent.call().value().toString());
            vars.put("intent.operation", intent.call().operation().wireName());
            vars.put("intent.function", call.path("function").asText(""));
            for (JsonNode argument : call.path("arguments")) {
                JsonNode value = argument.path("value");
                arguments.put(argument.path("name").asText(), value.isTextual() ? value.asText() : value.toString());
            }
            intent.flags().forEach(flag -> flags.add(flag.wireName()));
        }
        vars.put("intent.arguments", arguments);
        vars.put("intent.flags", List.copyOf(flags));
        vars.put("flags", List.copyOf(flags));
    }
}
