package dev.custos.detect.command;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * the group {@value #NO_ROLE}. Bounded per group: {@value #MAX_GROUP_TOKENS} tokens (model and member counts).
 */
final class PeerGroups {
    static final String NO_ROLE = "(no role)";
    static final int MAX_GROUP_TOKENS = 1_024;
    static final int MAX_USERS = 100_000;

    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, Group> groups = new TreeMap<>();

    /** Records that {@code user} now has {@code role}; a null role forgets it. */
    void assign(String user, String role) {
        requireNonNull(user, "user is null");
        if (role == null || role.isBlank()) {
            roles.remove(user);
        } else if (roles.size() < MAX_USERS || roles.containsKey(user)) {
            roles.put(user, role);
        }
    }

    String roleOf(String user) {
        return roles.getOrDefault(user, NO_ROLE);
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

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        ObjectNode roleStates = node.putObject("roles");
        new TreeMap<>(roles).forEach(roleStates::put);
        ObjectNode groupStates = node.putObject("groups");
        groups.forEach((role, group) -> groupStates.set(role, group.toState()));
        return node;
    }

    static PeerGroups fromState(JsonNode state) {
        PeerGroups peers = new PeerGroups();
        JsonNode roleStates = StateJson.object(state, "roles");
        if (roleStates.size() > MAX_USERS) {
            throw new InvalidStateException("roles holds more than " + MAX_USERS + " users");
        }
        for (Map.Entry<String, JsonNode> entry : roleStates.properties()) {
            peers.roles.put(entry.getKey(), StateJson.text(roleStates, entry.getKey()));
        }
        for (Map.Entry<String, JsonNode> entry :
                StateJson.object(state, "groups").properties()) {
            peers.groups.put(entry.getKey(), Group.fromState(entry.getValue()));
        }
        return peers;
    }
}
