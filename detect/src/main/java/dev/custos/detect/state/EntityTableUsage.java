package dev.custos.detect.state;

import static java.util.Objects.requireNonNull;

/**
 * How full one entity table is and how many entities it has forgotten, for metrics and summaries.
 *
 * @param table the table's name, e.g. {@code login_rarity} or {@code session_reuse_new_network.sessions}
 * @param entities entities held now
 * @param limit the most it may hold
 * @param expired entities forgotten because they were idle for longer than the expiry
 * @param evicted entities forgotten because the table was full (least recently seen first)
 */
public record EntityTableUsage(String table, int entities, int limit, long expired, long evicted) {
    public EntityTableUsage {
        requireNonNull(table, "table is null");
        if (entities < 0 || limit < 1 || expired < 0 || evicted < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
