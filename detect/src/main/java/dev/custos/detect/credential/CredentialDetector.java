package dev.custos.detect.credential;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.calibration.Evidence;
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
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Per-credential baselines (an API token, a service account, or any user that submits signing requests), learned
 * from the credential's successful logins and its signing requests:
 *
 * <ul>
 *   <li>{@code credential_origin}: a signing request from a network ({@code source.as.number}, else the /16 of {@code
 *       source.ip}) or a client ({@code user_agent.original}) the credential rarely or never used. Each attribute's
 *       rarity p-value counts hours of use, not requests; the two are combined by Fisher's method and scored on the
 *       calibrated scale. A service that always calls from one data centre makes a new network strong evidence at the
 *       first request; a person who travels makes it weak.
 *   <li>{@code credential_burst}: more requests in the last minute or ten minutes than the credential's own rate
 *       around this hour makes plausible ({@link RateProfile}).
 * </ul>
 *
 * Learning hygiene: a network or client flagged as rare is quarantined (learned only after it was seen on three
 * different days), so the requests of a drain do not teach the baseline the attacker's network; a burst hour is
 * learned winsorised. Credentials live in an {@link EntityTable} with the pipeline's limits.
 */
public final class CredentialDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "credential";
    public static final String ORIGIN = "credential_origin";
    public static final String BURST = "credential_burst";

    /** Hours of use an attribute needs before its rarity counts. */
    static final double MIN_HISTORY = 10;
    /** Findings weaker than this are not reported (p above about 6 %). */
    static final int MIN_SCORE = 20;
    /**
     * Bursts weaker than this (p above 1 %) are not reported: at machine speed the count climbs within seconds, and a
     * weak burst finding on every busy minute would only add noise to the credential's risk.
     */
    static final int MIN_BURST_SCORE = 33;

    private final EntityTable<String, CredentialProfile> credentials;

    public CredentialDetector() {
        this(EntityLimits.DEFAULT);
    }

    public CredentialDetector(EntityLimits limits) {
        this.credentials = new EntityTable<>(NAME + ".credentials", requireNonNull(limits, "limits is null"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        Optional<String> user = event.userName();
        if (user.isEmpty()) {
            return List.of();
        }
        boolean request = event.is(EventFields.CATEGORY_API, EventFields.ACTION_SIGNING_REQUEST);
        boolean login = event.is(EventFields.CATEGORY_AUTHENTICATION, EventFields.ACTION_LOGIN) && event.succeeded();
        if (!request && !login) {
            return List.of();
        }
        Instant now = event.timestamp();
        credentials.advance(now);
        CredentialProfile profile = credentials.touch(user.get(), now, ignored -> new CredentialProfile());
        Optional<String> network = network(event);
        Optional<String> client = event.text(EventFields.USER_AGENT);
        double networkP =
                network.map(value -> pValue(profile.network, value, now)).orElse(1.0);
        double clientP = client.map(value -> pValue(profile.client, value, now)).orElse(1.0);
        List<Finding> findings = new ArrayList<>();
        if (request) {
            origin(event, profile, network, networkP, client, clientP, findings);
            burst(event, profile, findings);
            profile.rate.learn(now);
        }
        network.ifPresent(value -> profile.network.learn(value, networkP, now));
        client.ifPresent(value -> profile.client.learn(value, clientP, now));
        return findings;
    }

    private static double pValue(OriginHistory history, String value, Instant now) {
        return history.weight(now) < MIN_HISTORY ? 1.0 : history.pValue(value, now);
    }

    private static void origin(
            Event event,
            CredentialProfile profile,
            Optional<String> network,
            double networkP,
            Optional<String> client,
            double clientP,
            List<Finding> findings) {
        double combined;
        if (network.isPresent() && client.isPresent()) {
            combined = Evidence.fisher(networkP, clientP);
        } else {
            combined = Math.min(networkP, clientP);
        }
        int score = Evidence.score(combined);
        if (score < MIN_SCORE) {
            return;
        }
        Instant now = event.timestamp();
        List<FeatureEvidence> evidence = new ArrayList<>();
        network.ifPresent(value -> evidence.add(describe("network", value, networkP, profile.network, now)));
        client.ifPresent(value -> evidence.add(describe("client", value, clientP, profile.client, now)));
        findings.add(finding(
                event,
                ORIGIN,
                score,
                String.format(
                        Locale.ROOT,
                        "credential %s used from an origin it rarely or never used (p = %.2g)",
                        event.userName().orElseThrow(),
                        combined),
                evidence));
    }

    private static FeatureEvidence describe(
            String attribute, String value, double pValue, OriginHistory history, Instant now) {
        String baseline = String.format(
                Locale.ROOT,
                "%s in %.0f hours of use (%d distinct values); p = %.2g",
                history.known(value) ? "rare" : "never seen",
                history.weight(now),
                history.distinctValues(),
                pValue);
        return new FeatureEvidence(attribute, value, baseline);
    }

    private static void burst(Event event, CredentialProfile profile, List<Finding> findings) {
        Instant now = event.timestamp();
        double pValue = profile.rate.pValue(now);
        int score = Evidence.score(pValue);
        if (score < MIN_BURST_SCORE) {
            return;
        }
        int lastMinute = profile.rate.countWithin(now, RateProfile.SHORT_WINDOW_SECONDS);
        int lastTen = profile.rate.countWithin(now, RateProfile.LONG_WINDOW_SECONDS);
        findings.add(finding(
                event,
                BURST,
                score,
                String.format(
                        Locale.ROOT,
                        "credential %s submitted %d requests in the last minute, %d in ten minutes (p = %.2g)",
                        event.userName().orElseThrow(),
                        lastMinute,
                        lastTen,
                        pValue),
                List.of(new FeatureEvidence(
                        "requests_10m",
                        Integer.toString(lastTen),
                        String.format(
                                Locale.ROOT,
                                "usual rate around this hour at most %.1f an hour (Poisson, doubled)",
                                profile.rate.assumedRate(now))))));
    }

    private static Finding finding(
            Event event, String detector, int score, String summary, List<FeatureEvidence> evidence) {
        List<EntityRef> entities = new ArrayList<>();
        entities.add(EntityRef.user(event.userName().orElseThrow()));
        event.text(EventFields.WALLET_ID).map(EntityRef::wallet).ifPresent(entities::add);
        return new Finding(
                detector,
                KillChainStage.SIGNING,
                Math.max(1, score),
                entities,
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL);
    }

    /** The caller's network: its AS number, else the /16 of an IPv4 address or the /48 of an IPv6 address. */
    public static Optional<String> network(Event event) {
        Optional<String> asn = event.text(EventFields.SOURCE_ASN);
        if (asn.isPresent()) {
            return Optional.of("AS" + asn.get());
        }
        return event.text(EventFields.SOURCE_IP).map(CredentialDetector::prefix);
    }

    private static String prefix(String ip) {
        if (ip.indexOf(':') >= 0) {
            String[] groups = ip.toLowerCase(Locale.ROOT).split(":", -1);
            StringBuilder prefix = new StringBuilder("ip ");
            for (int i = 0; i < Math.min(3, groups.length); i++) {
                prefix.append(i == 0 ? "" : ":").append(groups[i]);
            }
            return prefix.append("::/48").toString();
        }
        String[] octets = ip.split("\\.", -1);
        if (octets.length == 4) {
            return "ip " + octets[0] + "." + octets[1] + ".0.0/16";
        }
        return "ip " + ip;
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(credentials.usage());
    }

    /** Credentials least recently seen first, each with its {@code last_seen}, and the table under {@code table}. */
    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        credentials.writeState(node.putObject("table"));
        ArrayNode entries = node.putArray("credentials");
        credentials.forEach((name, profile, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("credential", name);
            entry.set("profile", profile.toState());
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, CredentialProfile> restored =
                credentials.restorer(StateJson.object(state, "table"));
        for (JsonNode entry : StateJson.array(state, "credentials")) {
            restored.add(
                    StateJson.text(entry, "credential"),
                    CredentialProfile.fromState(StateJson.object(entry, "profile")),
                    entry);
        }
        restored.finish();
    }
}
