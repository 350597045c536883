package dev.custos.policy.cel;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed variables a rule condition may use. Names are qualified ({@code intent.target}); CEL resolves them as
 * identifiers, so a typo or a type error is a compile error at policy load.
 */
public final class Variables {
    /** Velocity scopes: totals per wallet, per initiator and per destination. */
    public static final List<String> VELOCITY_SCOPES = List.of("wallet", "initiator", "destination");

    /** Velocity windows: rolling 1 h and 24 h, fixed UTC calendar day. */
    public static final List<String> VELOCITY_WINDOWS = List.of("1h", "24h", "day");

    private static final Map<String, CelType> DECLARATIONS = build();

    private Variables() {}

    /** Every declared variable with its CEL type, in a stable order. */
    public static Map<String, CelType> declarations() {
        return DECLARATIONS;
    }

    private static Map<String, CelType> build() {
        Map<String, CelType> vars = new LinkedHashMap<>();
        CelType strings = ListType.create(SimpleType.STRING);
        vars.put("request.id", SimpleType.STRING);
        vars.put("intent.present", SimpleType.BOOL);
        vars.put("intent.source", SimpleType.STRING);
        vars.put("intent.target", SimpleType.STRING);
        vars.put("intent.target_label", SimpleType.STRING);
        vars.put("intent.is_known_target", SimpleType.BOOL);
        vars.put("intent.value_wei", SimpleType.STRING);
        vars.put("intent.operation", SimpleType.STRING);
        vars.put("intent.function", SimpleType.STRING);
        vars.put("intent.arguments", MapType.create(SimpleType.STRING, SimpleType.STRING));
        vars.put("intent.flags", strings);
        vars.put("flags", strings);
        vars.put("wallet.id", SimpleType.STRING);
        vars.put("wallet.tier", SimpleType.STRING);
        vars.put("wallet.chain", SimpleType.STRING);
        vars.put("wallet.frozen", SimpleType.BOOL);
        vars.put("initiator.name", SimpleType.STRING);
        vars.put("initiator.role", SimpleType.STRING);
        vars.put("approvers", strings);
        vars.put("tx.chain", SimpleType.STRING);
        vars.put("tx.asset", SimpleType.STRING);
        vars.put("tx.to", SimpleType.STRING);
        vars.put("amount_usd", SimpleType.DOUBLE);
        vars.put("approval_usd", SimpleType.DOUBLE);
        vars.put("transfers", ListType.create(MapType.create(SimpleType.STRING, SimpleType.STRING)));
        vars.put("recipients", strings);
        vars.put("facts.complete", SimpleType.BOOL);
        vars.put("facts.incomplete", strings);
        vars.put("facts.unpriced", SimpleType.BOOL);
        vars.put("facts.unpriced_assets", strings);
        vars.put("facts.unknown_calldata", SimpleType.BOOL);
        vars.put("facts.claim_mismatch", SimpleType.BOOL);
        vars.put("facts.claim_mismatches", strings);
        vars.put("destination.address", SimpleType.STRING);
        vars.put("destination.allowlisted", SimpleType.BOOL);
        vars.put("destination.active", SimpleType.BOOL);
        vars.put("destination.label", SimpleType.STRING);
        vars.put("destination.age_seconds", SimpleType.INT);
        for (String scope : VELOCITY_SCOPES) {
            for (String window : VELOCITY_WINDOWS) {
                vars.put(velocityName(scope, "amount_usd", window), SimpleType.DOUBLE);
                vars.put(velocityName(scope, "count", window), SimpleType.INT);
            }
        }
        vars.put("time.unix", SimpleType.INT);
        vars.put("time.hour_utc", SimpleType.INT);
        vars.put("time.minute_utc", SimpleType.INT);
        vars.put("time.weekday", SimpleType.INT);
        vars.put("risk.score", SimpleType.INT);
        vars.put("risk.verified", SimpleType.BOOL);
        vars.put("risk.verdict", SimpleType.STRING);
        vars.put("risk.reasons", strings);
        vars.put("sim.available", SimpleType.BOOL);
        vars.put("sim.reverted", SimpleType.BOOL);
        vars.put("sim.wallet_storage_changed", SimpleType.BOOL);
        vars.put("sim.implementation_change", SimpleType.BOOL);
        vars.put("sim.flags", strings);
        vars.put("sim.outflows", ListType.create(MapType.create(SimpleType.STRING, SimpleType.STRING)));
        vars.put("sim.outflows_usd", SimpleType.DOUBLE);
        vars.put("sim.outflows_unpriced", SimpleType.BOOL);
        return Collections.unmodifiableMap(vars);
    }

    /** For example {@code velocity.wallet.amount_usd_24h} or {@code velocity.destination.count_day}. */
    public static String velocityName(String scope, String metric, String window) {
        return "velocity." + scope + "." + metric + "_" + window;
    }
}
