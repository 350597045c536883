package dev.custos.detect;

import dev.custos.detect.explain.EntityRef;

/** Read access to the risk accumulated so far per entity, before the current event. */
@FunctionalInterface
public interface RiskView {
    /** A view in which every entity has zero risk. */
    RiskView NONE = entity -> 0;

    /** The entity's accumulated risk, 0..100. */
    int riskOf(EntityRef entity);
}
