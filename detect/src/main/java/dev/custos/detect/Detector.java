package dev.custos.detect;

import dev.custos.detect.event.Event;
import dev.custos.detect.explain.Finding;
import java.util.List;

/**
 * A streaming detector: it scores each event against the state it has learned so far, then learns from it. Events
 * arrive in event-time order, one at a time (detectors are not thread-safe).
 */
public interface Detector {
    /** A short name that appears in alerts, e.g. {@code login_rarity}. */
    String name();

    /** Scores {@code event}, then updates the baselines. Returns the findings (often none). */
    List<Finding> observe(Event event, RiskView risk);
}
