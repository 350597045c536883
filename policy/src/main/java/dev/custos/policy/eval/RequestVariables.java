package dev.custos.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentJson;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.facts.ValuedTransfer;
import dev.custos.policy.model.Destination;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.request.TypedPayload;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.VerdictCheck;
import java.math.BigDecimal;
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
import java.util.TreeSet;

/**
 * Builds the values of every declared {@link dev.custos.policy.cel.Variables variable} for one request, only from
 * derived facts: the payload's transfers, the policy's wallet entry, allowlist and prices, the verified verdict, the
 * evaluator's clock and velocity state. The caller's claims appear only through {@code facts.claim_mismatch}.
 */
final class RequestVariables {
    /** {@code risk.score} when no verdict verified: matches no {@code risk.score >= N} rule, and is never 0. */
    static final long UNVERIFIED_SCORE = -1;

    private RequestVariables() {}

    static Map<String, Object> of(
            Policy policy,
            Wallet wallet,
            SigningRequest request,
            DerivedFacts facts,
            VerdictCheck verdict,
            List<String> mismatches,
            VelocityTracker velocity,
            Set<String> approvers,
            Instant now) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("request.id", request.id());
        intent(vars, request.intent(), payloadFlags(request.payload()), !mismatches.isEmpty());
        vars.put("wallet.id", wallet.id());
        vars.put("wallet.tier", wallet.tier().wireName());
        vars.put("wallet.chain", wallet.chain());
        vars.put("wallet.frozen", policy.isFrozen(wallet.id()));
        vars.put("initiator.name", request.initiatorName());
        vars.put("initiator.role", request.initiatorRole());
        vars.put("approvers", approvers.stream().sorted().toList());
        vars.put("tx.chain", wallet.chain());
        vars.put("tx.asset", singleAsset(facts));
        vars.put("tx.to", facts.singleRecipient());
        vars.put("amount_usd", facts.amountUsd().doubleValue());
        vars.put("approval_usd", facts.approvalUsd().doubleValue());
        vars.put("transfers", transfers(facts));
        vars.put("recipients", facts.recipients());
        vars.put("facts.complete", facts.complete());
        vars.put("facts.incomplete", facts.incomplete());
        vars.put("facts.unpriced", facts.unpriced());
        vars.put("facts.unpriced_assets", facts.unpricedAssets());
        vars.put("facts.unknown_calldata", facts.unknownCalldata());
        vars.put("facts.claim_mismatch", !mismatches.isEmpty());
        vars.put("facts.claim_mismatches", List.copyOf(mismatches));
        destination(vars, policy, facts, now);
        vars.putAll(velocity.variables(spent(wallet.id(), request, facts, now)));
        ZonedDateTime time = now.atZone(ZoneOffset.UTC);
        vars.put("time.unix", now.getEpochSecond());
        vars.put("time.hour_utc", (long) time.getHour());
        vars.put("time.minute_utc", (long) time.getMinute());
        vars.put("time.weekday", (long) time.getDayOfWeek().getValue());
        vars.put("risk.score", verdict.score().map(Integer::longValue).orElse(UNVERIFIED_SCORE));
        vars.put("risk.verified", verdict.verified());
        vars.put("risk.verdict", verdict.status().wireName());
        vars.put("risk.reasons", verdict.reasons());
        return vars;
    }

    /** What this request spends, for the velocity tracker: derived USD amount and recipient, at the evaluator's time. */
    static PastRequest spent(String walletId, SigningRequest request, DerivedFacts facts, Instant now) {
        return new PastRequest(
                now,
                walletId,
                request.initiatorName(),
                facts.singleRecipient(),
                UsdAmounts.saturated(facts.amountUsd()));
    }

    private static String singleAsset(DerivedFacts facts) {
        Set<String> assets = new TreeSet<>();
        facts.transfers().stream()
                .filter(t -> !t.own())
                .forEach(t -> assets.add(t.transfer().asset()));
        return assets.size() == 1 ? assets.iterator().next() : "";
    }

    private static List<Map<String, String>> transfers(DerivedFacts facts) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ValuedTransfer valued : facts.transfers()) {
            Map<String, String> map = new TreeMap<>();
            map.put("kind", valued.transfer().kind().name().toLowerCase(Locale.ROOT));
            map.put("asset", valued.transfer().asset());
            map.put("recipient", valued.transfer().recipient());
            map.put("amount", valued.transfer().amount().toString());
            map.put("usd", valued.usd().map(BigDecimal::toPlainString).orElse(""));
            map.put("own", Boolean.toString(valued.own()));
            out.add(map);
        }
        return out;
    }

    /**
     * {@code destination.*} over every derived recipient: allowlisted and active only if every recipient is, the
     * youngest entry's age, the address and label only when there is exactly one recipient.
     */
    private static void destination(Map<String, Object> vars, Policy policy, DerivedFacts facts, Instant now) {
        boolean allowlisted = !facts.recipients().isEmpty();
        long age = Long.MAX_VALUE;
        for (String recipient : facts.recipients()) {
            Optional<Destination> entry = policy.destination(recipient);
            if (entry.isEmpty()) {
                allowlisted = false;
                continue;
            }
            age = Math.min(age, Duration.between(entry.get().addedAt(), now).toSeconds());
        }
        if (!allowlisted) {
            age = -1;
        }
        String single = facts.singleRecipient();
        vars.put("destination.address", single);
        vars.put("destination.allowlisted", allowlisted);
        vars.put("destination.active", allowlisted && age >= policy.destinationCooldownSeconds());
        vars.put(
                "destination.label",
                single.isEmpty()
                        ? ""
                        : policy.destination(single).map(Destination::label).orElse(""));
        vars.put("destination.age_seconds", age);
    }

    /** The flags a payload without an Ethereum intent raises itself: a Solana message's. */
    private static List<String> payloadFlags(TypedPayload payload) {
        return payload instanceof TypedPayload.SolanaPayload solana
                ? solana.decoded().flags().stream().map(Flag::wireName).toList()
                : List.of();
    }

    private static void intent(
            Map<String, Object> vars, Optional<Intent> decoded, List<String> payloadFlags, boolean claimMismatch) {
        List<String> flags = new ArrayList<>(payloadFlags);
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
        if (claimMismatch) {
            flags.add(CLAIM_MISMATCH);
        }
        vars.put("flags", List.copyOf(flags));
    }

    /** The flag added to {@code flags} when a caller's claim differs from a derived fact. */
    static final String CLAIM_MISMATCH = "claim_mismatch";
}
