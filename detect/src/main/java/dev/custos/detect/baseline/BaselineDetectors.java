package dev.custos.detect.baseline;

import dev.custos.detect.Detector;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.EntityLimits;
import dev.custos.types.EventFields;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The standard per-entity behaviour baselines for users, hosts, devices and wallets. */
public final class BaselineDetectors {
    public static final String LOGIN_RARITY = "login_rarity";
    public static final String DEVICE_USERS = "device_new_user";
    public static final String HOST_PROCESS_RARITY = "host_process_rarity";
    public static final String WALLET_ACCESS_RARITY = "wallet_access_rarity";

    private BaselineDetectors() {}

    /** Every baseline detector with default settings, in a fixed order. */
    public static List<Detector> standard() {
        return standard(EntityLimits.DEFAULT);
    }

    /** Every baseline detector with default thresholds and the given entity limits, in a fixed order. */
    public static List<Detector> standard(EntityLimits limits) {
        return List.of(
                loginRarity(RarityRules.DEFAULT, limits),
                deviceUsers(RarityRules.DEFAULT, limits),
                hostProcessRarity(RarityRules.DEFAULT, limits),
                walletAccessRarity(RarityRules.DEFAULT.withMinimumHistory(5), limits),
                new ImpossibleTravelDetector(limits),
                new FailureBurstDetector(Duration.ofMinutes(10), 5, limits),
                new MfaResetNewDeviceDetector(Duration.ofDays(3), limits),
                new SessionReuseDetector(limits),
                new SensitiveActionDetector());
    }

    /** Rarity of a user's login country, ASN, device, user agent, hour of week and auth method. */
    public static RarityDetector loginRarity(RarityRules rules) {
        return loginRarity(rules, EntityLimits.DEFAULT);
    }

    /** As {@link #loginRarity(RarityRules)}, with the given entity limits. */
    public static RarityDetector loginRarity(RarityRules rules, EntityLimits limits) {
        return new RarityDetector(
                LOGIN_RARITY,
                BaselineDetectors::successfulLogin,
                event -> event.userName().map(EntityRef::user),
                event -> List.of(),
                event -> KillChainStage.INITIAL_ACCESS,
                List.of(
                        Attribute.field("country", 30, EventFields.SOURCE_COUNTRY),
                        Attribute.field("asn", 15, EventFields.SOURCE_ASN),
                        Attribute.field("device", 25, EventFields.DEVICE_ID),
                        Attribute.field("user_agent", 10, EventFields.USER_AGENT),
                        new Attribute(
                                "hour_of_week",
                                10,
                                event -> Optional.of(HourOfWeek.bucket(event.timestamp())),
                                HourOfWeek::neighbors),
                        Attribute.field("auth_method", 15, EventFields.AUTH_METHOD)),
                rules,
                limits);
    }

    /** A device used by a user who never used it before. */
    public static RarityDetector deviceUsers(RarityRules rules) {
        return deviceUsers(rules, EntityLimits.DEFAULT);
    }

    /** As {@link #deviceUsers(RarityRules)}, with the given entity limits. */
    public static RarityDetector deviceUsers(RarityRules rules, EntityLimits limits) {
        return new RarityDetector(
                DEVICE_USERS,
                BaselineDetectors::successfulLogin,
                event -> event.text(EventFields.DEVICE_ID).map(EntityRef::device),
                RarityDetector.userThen(event -> Optional.empty()),
                event -> KillChainStage.INITIAL_ACCESS,
                List.of(Attribute.field("user", 30, EventFields.USER_NAME)),
                rules,
                limits);
    }

    /** A process, parent process or user new on a host. */
    public static RarityDetector hostProcessRarity(RarityRules rules) {
        return hostProcessRarity(rules, EntityLimits.DEFAULT);
    }

    /** As {@link #hostProcessRarity(RarityRules)}, with the given entity limits. */
    public static RarityDetector hostProcessRarity(RarityRules rules, EntityLimits limits) {
        return new RarityDetector(
                HOST_PROCESS_RARITY,
                event -> event.is(EventFields.CATEGORY_PROCESS, EventFields.ACTION_EXEC),
                event -> event.text(EventFields.HOST_NAME).map(EntityRef::host),
                RarityDetector.userThen(
                        event -> event.text(EventFields.HOST_NAME).map(EntityRef::host)),
                event -> KillChainStage.PERSISTENCE,
                List.of(
                        Attribute.field("process", 30, EventFields.PROCESS_NAME),
                        Attribute.field("parent_process", 15, EventFields.PROCESS_PARENT_NAME),
                        Attribute.field("user", 20, EventFields.USER_NAME)),
                rules,
                limits);
    }

    /** A wallet-API action, or a wallet, new for a user. */
    public static RarityDetector walletAccessRarity(RarityRules rules) {
        return walletAccessRarity(rules, EntityLimits.DEFAULT);
    }

    /** As {@link #walletAccessRarity(RarityRules)}, with the given entity limits. */
    public static RarityDetector walletAccessRarity(RarityRules rules, EntityLimits limits) {
        return new RarityDetector(
                WALLET_ACCESS_RARITY,
                event -> event.category().equals(EventFields.CATEGORY_API)
                        && !event.action().equals(EventFields.ACTION_SIGNING_REQUEST)
                        && event.succeeded(),
                event -> event.userName().map(EntityRef::user),
                RarityDetector.userThen(
                        event -> event.text(EventFields.WALLET_ID).map(EntityRef::wallet)),
                BaselineDetectors::walletActionStage,
                List.of(
                        new Attribute("action", 30, event -> Optional.of(event.action()), List::of),
                        Attribute.field("wallet", 15, EventFields.WALLET_ID),
                        Attribute.field("country", 20, EventFields.SOURCE_COUNTRY)),
                rules,
                limits);
    }

    private static boolean successfulLogin(Event event) {
        return event.is(EventFields.CATEGORY_AUTHENTICATION, EventFields.ACTION_LOGIN) && event.succeeded();
    }

    private static KillChainStage walletActionStage(Event event) {
        return switch (event.action()) {
            case "wallet.share_backup_access", "wallet.key_export_request" -> KillChainStage.KEY_ACCESS;
            case EventFields.ACTION_ALLOWLIST_ADD, "policy.change_proposed", "policy.change_approved" ->
                KillChainStage.STAGING;
            default -> KillChainStage.INITIAL_ACCESS;
        };
    }
}
