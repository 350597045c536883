package dev.custos.detect.state;

import java.util.List;

/** Something that keeps per-entity state in bounded {@link EntityTable}s. */
public interface EntityBounded {
    /** The usage of each of its tables, in a fixed order. */
    List<EntityTableUsage> entityUsage();
}
