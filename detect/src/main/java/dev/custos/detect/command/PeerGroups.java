package dev.custos.detect.command;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is whose peer: each user's role (from {@code custos.role} on identity events), and per role a command model of
 * all its members together plus, per command token, how many members ever ran it. Users with no known role form
 * the group {@value #NO_ROLE}. Bounded per group: {@value #MAX_GROUP_TOKENS} tokens (model and member counts). The
 * roles live in an {@link EntityTable}, a user seen at each role change and each command: a user idle for the expiry,
 * or the least recently seen beyond the cap, falls back to {@value #NO_ROLE}.
 */
final class PeerGroups {
    static final String NO_ROLE = "(no role)";
    static final int MAX_GROUP_TOKENS = 1_024;
    static final int MAX_USERS = 100_000;

    private final EntityTable<String, String> roles;
    private final Map<String, Group> groups = new TreeMap<>();

    PeerGroups(EntityLimits limits) {
        this.roles = new EntityTable<>(CommandBehaviourDetector.NAME + ".roles", limits);
    }

    /** Records that {@code user} now has {@code role} at {@code time}; a null role forgets it. */
    void assign(String user, String role, Instant time) {
        requireNonNull(user, "user is null");
        if (role == null || role.isBlank()) {
            roles.advance(time);
            roles.remove(user);
        } else {
            roles.put(user, time, role);
        }
    }

    /** The user's role, without marking the user seen. */
    String roleOf(String user) {
        String role = roles.peek(user);
        return role == null ? NO_ROLE : role;
    }

    /** The user's role, marking the user seen at {@code time} when it has one. */
    String roleOf(String user, Instant time) {
        String role = roles.touchIfPresent(user, time);
        return role == null ? NO_ROLE : role;
    }

    EntityTableUsage usage() {
        return roles.usage();
    }

    Group group(String role) {
        return groups.computeIfAbsent(role, key -> new Group());
    }

    /** One role's members and their commands taken together. */
    static final class Group {
        private final SequenceModel model;
        private final Set<String> members = new TreeSet<>();
        private final Map<String, Integer> users = new HashMap<>();

        Group() {
            this(new SequenceModel(MAX_GROUP_TOKENS));
        }

        private Group(SequenceModel model) {
            this.model = model;
        }

        SequenceModel model() {
            return model;
        }

        /** Members that ran at least one command. */
        int activeMembers() {
            return members.size();
        }

        /** Members that ran {@code token} (first time seen by their own model). */
        int usersOf(String token) {
            return Math.min(users.getOrDefault(token, 0), members.size());
        }

        void learn(String user, String context, String token, boolean newForUser, Instant now) {
            if (members.size() < MAX_USERS) {
                members.add(user);
            }
            if (newForUser) {
                users.merge(token, 1, Integer::sum);
                if (users.size() > MAX_GROUP_TOKENS) {
                    String rarest = users.entrySet().stream()
                            .min(Map.Entry.<String, Integer>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .orElseThrow()
                            .getKey();
                    users.remove(rarest);
                }
            }
            model.learn(context, token, now);
        }

        ObjectNode toState() {
            ObjectNode node = StateJson.object();
            node.set("model", model.toState());
            ArrayNode memberStates = node.putArray("members");
            members.forEach(memberStates::add);
            ObjectNode userStates = node.putObject("users");
            new TreeMap<>(users).forEach(userStates::put);
            return node;
        }

        static Group fromState(JsonNode state) {
            Group group = new Group(SequenceModel.fromState(StateJson.object(state, "model"), MAX_GROUP_TOKENS));
            JsonNode memberStates = StateJson.array(state, "members");
            if (memberStates.size() > MAX_USERS) {
                throw new InvalidStateException("too many members in a peer group");
            }
            for (JsonNode member : memberStates) {
                if (!member.isTextual()) {
                    throw new InvalidStateException("members holds a non-string");
                }
                group.members.add(member.asText());
            }
            JsonNode userStates = StateJson.object(state, "users");
            if (userStates.size() > MAX_GROUP_TOKENS) {
                throw new InvalidStateException("users holds more than " + MAX_GROUP_TOKENS + " tokens");
            }
            for (Map.Entry<String, JsonNode> entry : userStates.properties()) {
                group.users.put(entry.getKey(), (int) StateJson.count(userStates, entry.getKey()));
            }
            return group;
        }
    }

    /**
     * {@code roles} (user to role, least recently seen first), {@code roles_last_seen} (user to time),
     * {@code roles_table} (the table's clock and counts) and {@code groups}.
     */
    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        roles.writeState(node.putObject("roles_table"));
        ObjectNode roleStates = node.putObject("roles");
        ObjectNode lastSeenStates = node.putObject("roles_last_seen");
        roles.forEach((user, role, lastSeen) -> {
            roleStates.put(user, role);
            lastSeenStates.put(user, lastSeen == null ? null : lastSeen.toString());
        });
        ObjectNode groupStates = node.putObject("groups");
        groups.forEach((role, group) -> groupStates.set(role, group.toState()));
        return node;
    }

    /** Reads and validates a {@link #toState()} (or one without the table fields); {@link Restorer#finish} applies it. */
    Restorer restorer(JsonNode state) {
        JsonNode tableState = state.has("roles_table") ? StateJson.object(state, "roles_table") : StateJson.object();
        JsonNode lastSeenStates =
                state.has("roles_last_seen") ? StateJson.object(state, "roles_last_seen") : StateJson.object();
        EntityTable.Restorer<String, String> restoredRoles = roles.restorer(tableState);
        JsonNode roleStates = StateJson.object(state, "roles");
        for (Map.Entry<String, JsonNode> entry : roleStates.properties()) {
            ObjectNode seen = StateJson.object();
            if (lastSeenStates.has(entry.getKey())) {
                seen.set("last_seen", lastSeenStates.get(entry.getKey()));
            }
            restoredRoles.add(entry.getKey(), StateJson.text(roleStates, entry.getKey()), seen);
        }
        Map<String, Group> restoredGroups = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry :
                StateJson.object(state, "groups").properties()) {
            restoredGroups.put(entry.getKey(), Group.fromState(entry.getValue()));
        }
        return new Restorer(this, restoredRoles, restoredGroups);
    }

    /** A validated state waiting to replace the current one. */
    static final class Restorer {
        private final PeerGroups target;
        private final EntityTable.Restorer<String, String> roles;
        private final Map<String, Group> groups;

        private Restorer(PeerGroups target, EntityTable.Restorer<String, String> roles, Map<String, Group> groups) {
            this.target = target;
            this.roles = roles;
            this.groups = groups;
        }

        void finish() {
            roles.finish();
            target.groups.clear();
            target.groups.putAll(groups);
        }
    }
}
