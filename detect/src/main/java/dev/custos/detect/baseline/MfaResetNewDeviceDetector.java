package dev.custos.detect.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An MFA reset of a user followed, within {@code window}, by a successful login of that user from a device the user
 * had never logged in from: the pattern of a socially engineered help-desk reset.
 */
public final class MfaResetNewDeviceDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "mfa_reset_new_device";
    private static final int MAX_DEVICES_PER_USER = 64;

    private final Duration window;
    private final EntityTable<String, Reset> resets;
    private final EntityTable<String, Set<String>> knownDevices;

    public MfaResetNewDeviceDetector(Duration window) {
        this(window, EntityLimits.DEFAULT);
    }

    public MfaResetNewDeviceDetector(Duration window, EntityLimits limits) {
        this.window = RarityDetector.requirePositive(window, "window");
        this.resets = new EntityTable<>(NAME + ".resets", limits);
        this.knownDevices = new EntityTable<>(NAME + ".devices", limits);
    }

    /** A three-day window. */
    public MfaResetNewDeviceDetector() {
        this(Duration.ofDays(3));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (event.is(EventFields.CATEGORY_IAM, EventFields.ACTION_MFA_RESET) && event.succeeded()) {
            Optional<String> target = event.text(EventFields.USER_TARGET_NAME).or(event::userName);
            target.ifPresent(user -> resets.put(
                    user,
                    event.timestamp(),
                    new Reset(event.timestamp(), event.userName().orElse("?"), event.reference())));
            return List.of();
        }
        if (!event.is(EventFields.CATEGORY_AUTHENTICATION, EventFields.ACTION_LOGIN) || !event.succeeded()) {
            return List.of();
        }
        Optional<String> user = event.userName();
        Optional<String> device = event.text(EventFields.DEVICE_ID);
        if (user.isEmpty() || device.isEmpty()) {
            return List.of();
        }
        Set<String> devices = knownDevices.touch(user.get(), event.timestamp(), key -> new HashSet<>());
        boolean newDevice = !devices.contains(device.get());
        if (newDevice && devices.size() < MAX_DEVICES_PER_USER) {
            devices.add(device.get());
        }
        resets.advance(event.timestamp());
        Reset reset = resets.peek(user.get());
        if (reset == null || !newDevice) {
            return List.of();
        }
        Instant now = event.timestamp();
        if (now.isBefore(reset.time()) || Duration.between(reset.time(), now).compareTo(window) > 0) {
            resets.remove(user.get());
            return List.of();
        }
        resets.remove(user.get());
        String summary = String.format(
                Locale.ROOT,
                "login by %s from new device %s %s after an MFA reset by %s",
                user.get(),
                device.get(),
                describe(Duration.between(reset.time(), now)),
                reset.actor());
        List<FeatureEvidence> evidence = List.of(
                new FeatureEvidence("device", device.get(), "never used by " + user.get() + " before"),
                new FeatureEvidence(
                        "mfa_reset", reset.reference(), "reset at " + reset.time() + " by " + reset.actor()));
        return List.of(new Finding(
                NAME,
                KillChainStage.PERSISTENCE,
                55,
                List.of(EntityRef.user(user.get()), EntityRef.device(device.get())),
                now,
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL));
    }

    private static String describe(Duration elapsed) {
        long minutes = elapsed.toMinutes();
        return minutes < 120 ? minutes + " min" : (minutes / 60) + " h";
    }

    private record Reset(Instant time, String actor, String reference) {}

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(resets.usage(), knownDevices.usage());
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        resets.writeState(node.putObject("reset_table"));
        knownDevices.writeState(node.putObject("device_table"));
        ArrayNode resetStates = node.putArray("resets");
        resets.forEach((user, reset, lastSeen) -> {
            ObjectNode entry = resetStates.addObject();
            entry.put("user", user);
            EntityTable.writeLastSeen(entry, lastSeen);
            entry.put("time", reset.time().toString());
            entry.put("actor", reset.actor());
            entry.put("reference", reset.reference());
        });
        ArrayNode deviceStates = node.putArray("devices");
        knownDevices.forEach((user, known, lastSeen) -> {
            ObjectNode entry = deviceStates.addObject();
            entry.put("user", user);
            EntityTable.writeLastSeen(entry, lastSeen);
            ArrayNode devices = entry.putArray("devices");
            new TreeSet<>(known).forEach(devices::add);
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, Reset> restoredResets = resets.restorer(tableState(state, "reset_table"));
        for (JsonNode entry : StateJson.array(state, "resets")) {
            restoredResets.add(
                    StateJson.text(entry, "user"),
                    new Reset(
                            StateJson.instant(entry, "time"),
                            StateJson.text(entry, "actor"),
                            StateJson.text(entry, "reference")),
                    entry);
        }
        EntityTable.Restorer<String, Set<String>> restoredDevices =
                knownDevices.restorer(tableState(state, "device_table"));
        for (JsonNode entry : StateJson.array(state, "devices")) {
            Set<String> devices = new HashSet<>();
            for (JsonNode device : StateJson.array(entry, "devices")) {
                if (!device.isTextual() || devices.size() >= MAX_DEVICES_PER_USER) {
                    throw new InvalidStateException("bad device list");
                }
                devices.add(device.asText());
            }
            restoredDevices.add(StateJson.text(entry, "user"), devices, entry);
        }
        restoredResets.finish();
        restoredDevices.finish();
    }

    /** A table's clock and counts; an empty object for states written before tables existed. */
    private static JsonNode tableState(JsonNode state, String field) {
        return state.has(field) ? StateJson.object(state, field) : StateJson.object();
    }
}
