package dev.custos.server.reviews;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.GovernanceEvents;
import dev.custos.server.people.PeopleStore;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access reviews assembled: the routes, and a sweep (every minute) that raises an alert for each overdue attestation,
 * expiring or expired vetting and passed last day — once each: the alert's id names the person and the due date, and
 * the alert store keeps an id once.
 */
public final class AccessReviews implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccessReviews.class);
    private static final Set<String> ALERTING =
            Set.of("attestation_overdue", "vetting_expiring", "vetting_expired", "last_day_passed");

    private final AccessReview review;
    private final AccessReviewRoutes routes;
    private final AlertStore alerts;
    private final Clock clock;
    private final ScheduledExecutorService sweeper;
    private final ScheduledFuture<?> sweeping;

    public AccessReviews(
            PowerCatalogue powers,
            PeopleStore people,
            dev.custos.server.people.PowerUse uses,
            Attestations attestations,
            AlertStore alerts,
            AuditTrail audit,
            GovernanceEvents feed,
            Clock clock) {
        this.review = new AccessReview(people, powers, uses, attestations, clock);
        this.routes = new AccessReviewRoutes(review, attestations, people, audit, feed, clock);
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custos-access-review-sweep");
            thread.setDaemon(true);
            return thread;
        });
        this.sweeping = sweeper.scheduleWithFixedDelay(this::sweepQuietly, 5, 60, TimeUnit.SECONDS);
    }

    public List<Route> routes() {
        return routes.routes();
    }

    /**
     * Raises the alerts the review calls for now, each once.
     *
     * @return how many alerts this sweep raised that were not raised before
     */
    public int sweep() {
        int raised = 0;
        for (AccessReview.Entry entry : review.review()) {
            for (ReviewFinding finding : entry.findings()) {
                if (ALERTING.contains(finding.code()) && alerts.add(alert(entry, finding), null)) {
                    raised++;
                }
            }
        }
        return raised;
    }

    private ObjectNode alert(AccessReview.Entry entry, ReviewFinding finding) {
        String person = entry.powers().person();
        String when = switch (finding.code()) {
            case "attestation_overdue" -> entry.nextDue().toString();
            case "last_day_passed" -> String.valueOf(entry.powers().leavingOn());
            default -> entry.powers().vetting().validUntil();
        };
        ObjectNode alert = StrictJson.mapper().createObjectNode();
        alert.put("type", "alert");
        alert.put("@timestamp", clock.instant().toString());
        alert.put("id", "review-" + finding.code() + "-" + person + "-" + when);
        alert.put("severity", finding.severity());
        alert.put(
                "score",
                switch (finding.severity()) {
                    case "high" -> 75;
                    case "medium" -> 55;
                    default -> 30;
                });
        ObjectNode entity = alert.putObject("entity");
        entity.put("type", "user");
        entity.put("id", person);
        alert.putArray("detectors").add("access_review");
        alert.put("summary", "access review: " + finding.message());
        alert.putArray("evidence").add(finding.code() + " " + when);
        return alert;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("the access review sweep failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        sweeping.cancel(false);
        sweeper.shutdownNow();
    }
}
