package dev.custos.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which hosts of the organisation used each external destination: up to {@value #MAX_HOSTS} host names per
 * destination; a destination used by more is popular (shared infrastructure: a CDN, a SaaS, an update service) and
 * never rare. Destinations live in an {@link EntityTable} (idle ones forgotten, the table capped).
 */
final class DestinationPrevalence {
    static final int MAX_HOSTS = 64;

    /** One destination's users. */
    static final class Users {
        final Set<String> hosts = new TreeSet<>();
        boolean popular;

        void add(String host) {
            if (!popular && hosts.add(host) && hosts.size() > MAX_HOSTS) {
                popular = true;
                hosts.clear();
            }
        }

        /** How many hosts used it ({@value #MAX_HOSTS} + 1 for a popular destination). */
        int count() {
            return popular ? MAX_HOSTS + 1 : hosts.size();
        }
    }

    private final EntityTable<String, Users> destinations;

    DestinationPrevalence(String name, EntityLimits limits) {
        this.destinations = new EntityTable<>(name + ".destinations", limits);
    }

    /** The destination's users, created (empty) when it is new to the organisation; marks it seen. */
    Users touch(String destination, Instant now) {
        return destinations.touch(destination, now, key -> new Users());
    }

    EntityTableUsage usage() {
        return destinations.usage();
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        destinations.writeState(node.putObject("table"));
        ArrayNode entries = node.putArray("destinations");
        destinations.forEach((destination, users, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("destination", destination);
            entry.put("popular", users.popular);
            ArrayNode hosts = entry.putArray("hosts");
            users.hosts.forEach(hosts::add);
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    void restore(JsonNode state) {
        EntityTable.Restorer<String, Users> restored = destinations.restorer(StateJson.object(state, "table"));
        for (JsonNode entry : StateJson.array(state, "destinations")) {
            Users users = new Users();
            users.popular = StateJson.flag(entry, "popular");
            JsonNode hosts = StateJson.array(entry, "hosts");
            if (hosts.size() > MAX_HOSTS || (users.popular && !hosts.isEmpty())) {
                throw new InvalidStateException("a destination lists too many hosts");
            }
            for (JsonNode host : hosts) {
                if (!host.isTextual()) {
                    throw new InvalidStateException("a destination's host is not a string");
                }
                users.hosts.add(host.asText());
            }
            restored.add(StateJson.text(entry, "destination"), users, entry);
        }
        restored.finish();
    }
}
