package dev.custos.detect.baseline;

import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.types.EventFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Actions that carry risk by themselves, whoever does them: reaching key material (share backups, key exports),
 * staging (allowlist additions, policy proposals) and privilege changes (role grants, MFA resets, new devices, API
 * keys). Scores are modest; they matter when they accumulate with other anomalies of the same identity.
 */
public final class SensitiveActionDetector implements Detector {
    public static final String NAME = "sensitive_action";

    private static final Map<String, Rule> RULES = Map.ofEntries(
            rule(EventFields.CATEGORY_API, "wallet.share_backup_access", 35, KillChainStage.KEY_ACCESS),
            rule(EventFields.CATEGORY_API, "wallet.key_export_request", 45, KillChainStage.KEY_ACCESS),
            rule(EventFields.CATEGORY_API, EventFields.ACTION_ALLOWLIST_ADD, 20, KillChainStage.STAGING),
            rule(EventFields.CATEGORY_API, "policy.change_proposed", 25, KillChainStage.STAGING),
            rule(EventFields.CATEGORY_API, "policy.change_approved", 15, KillChainStage.STAGING),
            rule(EventFields.CATEGORY_IAM, "role_granted", 25, KillChainStage.PERSISTENCE),
            rule(EventFields.CATEGORY_IAM, EventFields.ACTION_MFA_RESET, 25, KillChainStage.PERSISTENCE),
            rule(EventFields.CATEGORY_IAM, EventFields.ACTION_DEVICE_ENROLLED, 15, KillChainStage.PERSISTENCE),
            rule(EventFields.CATEGORY_IAM, "api_key_created", 20, KillChainStage.PERSISTENCE),
            rule(EventFields.CATEGORY_IAM, "user_created", 10, KillChainStage.PERSISTENCE));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        Rule rule = RULES.get(event.category() + "/" + event.action());
        if (rule == null || event.failed()) {
            return List.of();
        }
        List<EntityRef> entities = new ArrayList<>();
        event.userName().map(EntityRef::user).ifPresent(entities::add);
        Optional<String> target = event.text(EventFields.USER_TARGET_NAME);
        target.filter(name -> !event.userName().equals(Optional.of(name)))
                .map(EntityRef::user)
                .ifPresent(entities::add);
        event.text(EventFields.WALLET_ID).map(EntityRef::wallet).ifPresent(entities::add);
        if (entities.isEmpty()) {
            return List.of();
        }
        List<FeatureEvidence> evidence = new ArrayList<>();
        evidence.add(new FeatureEvidence("action", event.action(), rule.stage().label() + " action"));
        event.text(EventFields.ROLE).ifPresent(role -> evidence.add(new FeatureEvidence("role", role, "granted role")));
        event.text(EventFields.WALLET_TIER)
                .ifPresent(tier -> evidence.add(new FeatureEvidence("wallet_tier", tier, "wallet tier")));
        int score = rule.score();
        if (event.text(EventFields.ROLE)
                .map(SensitiveActionDetector::privileged)
                .orElse(false)) {
            score += 15;
        }
        if (event.text(EventFields.WALLET_TIER).map("cold"::equals).orElse(false)) {
            score += 10;
        }
        String summary = String.format(
                Locale.ROOT,
                "%s by %s%s%s",
                event.action(),
                event.userName().orElse("unknown user"),
                target.map(name -> " for " + name).orElse(""),
                event.text(EventFields.WALLET_ID)
                        .map(wallet -> " on wallet " + wallet)
                        .orElse(""));
        return List.of(new Finding(
                NAME,
                rule.stage(),
                score,
                entities,
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL));
    }

    private static boolean privileged(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return lower.contains("admin")
                || lower.contains("signer")
                || lower.contains("approver")
                || lower.contains("key");
    }

    private static Map.Entry<String, Rule> rule(String category, String action, int score, KillChainStage stage) {
        return Map.entry(category + "/" + action, new Rule(score, stage));
    }

    private record Rule(int score, KillChainStage stage) {}
}
