package dev.custos.detect.server.testing;

import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.output.Alert;
import java.time.Instant;
import java.util.List;

/** Handmade alerts for sink tests. */
public final class TestAlerts {
    private TestAlerts() {}

    public static Alert alert(String id, String severity) {
        return new Alert(
                Instant.parse("2025-02-21T04:30:00Z"),
                id,
                severity,
                87,
                EntityRef.user("alice"),
                List.of("balance_share", "login_rarity"),
                "alice <ops> moved 96% & more of cold-1",
                List.of("evt-00281", "evt-00283"),
                List.of(KillChainStage.INITIAL_ACCESS),
                List.of());
    }
}
