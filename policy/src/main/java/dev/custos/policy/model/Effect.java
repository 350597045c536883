package dev.custos.policy.model;

import java.util.List;
import java.util.Objects;

/** What a rule does when its condition holds. Precedence: deny, then default deny, then approvals, then allow. */
public sealed interface Effect {
    /** The wire name of the effect type. */
    String type();

    /** The request may be signed (subject to approvals and delays of other matching rules). */
    record Allow() implements Effect {
        @Override
        public String type() {
            return "allow";
        }
    }

    /** The request must not be signed; wins over every allow. */
    record Deny() implements Effect {
        @Override
        public String type() {
            return "deny";
        }
    }

    /** Each listed group must give {@code quorum} valid signed approvals. */
    record RequireApprovals(List<String> groups, int quorum) implements Effect {
        public RequireApprovals {
            groups = List.copyOf(Objects.requireNonNull(groups, "groups is null"));
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("require_approvals needs at least one group");
            }
            if (quorum < 1 || quorum > 100) {
                throw new IllegalArgumentException("quorum must be 1 to 100, got " + quorum);
            }
        }

        @Override
        public String type() {
            return "require_approvals";
        }
    }

    /** Signing may proceed only {@code seconds} after the request (a time lock). */
    record Delay(long seconds) implements Effect {
        public Delay {
            if (seconds < 1 || seconds > 366L * 24 * 3600) {
                throw new IllegalArgumentException("delay seconds must be 1 to one year, got " + seconds);
            }
        }

        @Override
        public String type() {
            return "delay";
        }
    }
}
