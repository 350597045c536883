package dev.custos.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who uses each host and what their role is, learned from events: a host's owner is the user named most often on it
 * (by {@code process}/{@code exec}, file and network events that carry both {@code host.name} and {@code user.name});
 * a user's role comes from {@code custos.role} on identity events ({@code user.target.name}, else {@code user.name}).
 * A host is privileged when its owner's role is (a role naming admin, key, signer, approver or operator, as the
 * sensitive-action rule reads roles) or when the host is a signer node ({@code signer-*}). Bounded: hosts and users
 * live in {@link EntityTable}s, at most {@value #MAX_USERS_PER_HOST} users per host.
 */
public final class HostOwners {
    public static final int MAX_USERS_PER_HOST = 8;

    private final EntityTable<String, Map<String, Long>> hosts;
    private final EntityTable<String, String> roles;

    /** Empty tables named {@code name.host_users} and {@code name.roles}, with the given limits. */
    public HostOwners(String name, EntityLimits limits) {
        this.hosts = new EntityTable<>(name + ".host_users", limits);
        this.roles = new EntityTable<>(name + ".roles", limits);
    }

    /** Learns from any event: a role change, or a user seen on a host. */
    public void learn(Event event) {
        Instant now = event.timestamp();
        if (event.category().equals(EventFields.CATEGORY_IAM) && event.succeeded()) {
            Optional<String> target = event.text(EventFields.USER_TARGET_NAME).or(event::userName);
            Optional<String> role = event.text(EventFields.ROLE);
            if (target.isPresent() && role.isPresent()) {
                if (event.action().contains("revoke")) {
                    roles.advance(now);
                    if (role.get().equals(roles.peek(target.get()))) {
                        roles.remove(target.get());
                    }
                } else {
                    roles.put(target.get(), now, role.get());
                }
            }
            return;
        }
        Optional<String> host = event.text(EventFields.HOST_NAME);
        Optional<String> user = event.userName();
        if (host.isPresent() && user.isPresent()) {
            Map<String, Long> users = hosts.touch(host.get(), now, key -> new TreeMap<>());
            users.merge(user.get(), 1L, Long::sum);
            if (users.size() > MAX_USERS_PER_HOST) {
                String least = users.entrySet().stream()
                        .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow()
                        .getKey();
                users.remove(least);
            }
        }
    }

    /** The user seen most on the host (ties: the first name in order), if any. */
    public Optional<String> ownerOf(String host) {
        Map<String, Long> users = hosts.peek(host);
        if (users == null || users.isEmpty()) {
            return Optional.empty();
        }
        String owner = null;
        long most = 0;
        for (Map.Entry<String, Long> entry : users.entrySet()) {
            if (entry.getValue() > most) {
                owner = entry.getKey();
                most = entry.getValue();
            }
        }
        return Optional.ofNullable(owner);
    }

    /** The user's role, if known. */
    public Optional<String> roleOf(String user) {
        return Optional.ofNullable(roles.peek(user));
    }

    /** The role of the host's owner, or {@code (no role)}: the host's peer group. */
    public String peerGroupOf(String host) {
        return ownerOf(host).flatMap(this::roleOf).orElse("(no role)");
    }

    /** True for a signer node, or a host whose owner has a privileged role. */
    public boolean privileged(String host) {
        if (host.toLowerCase(Locale.ROOT).startsWith("signer")) {
            return true;
        }
        return ownerOf(host)
                .flatMap(this::roleOf)
                .map(HostOwners::privilegedRole)
                .orElse(false);
    }

    /** True for a user whose role is privileged. */
    public boolean privilegedUser(String user) {
        return roleOf(user).map(HostOwners::privilegedRole).orElse(false);
    }

    /** True for a role naming admin, key, signer, approver or operator. */
    public static boolean privilegedRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return lower.contains("admin")
                || lower.contains("key")
                || lower.contains("signer")
                || lower.contains("approver")
                || lower.contains("operator");
    }

    /** The two tables' usage. */
    public List<EntityTableUsage> usage() {
        return List.of(hosts.usage(), roles.usage());
    }

    /** Hosts and roles, least recently seen first. */
    public ObjectNode toState() {
        ObjectNode node = StateJson.object();
        hosts.writeState(node.putObject("hosts_table"));
        ArrayNode hostEntries = node.putArray("hosts");
        hosts.forEach((host, users, lastSeen) -> {
            ObjectNode entry = hostEntries.addObject().put("host", host);
            ObjectNode counts = entry.putObject("users");
            users.forEach(counts::put);
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        roles.writeState(node.putObject("roles_table"));
        ArrayNode roleEntries = node.putArray("roles");
        roles.forEach((user, role, lastSeen) -> {
            ObjectNode entry = roleEntries.addObject().put("user", user).put("role", role);
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    /** Restores {@link #toState()}. */
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, Map<String, Long>> restoredHosts =
                hosts.restorer(StateJson.object(state, "hosts_table"));
        for (JsonNode entry : StateJson.array(state, "hosts")) {
            Map<String, Long> users = new TreeMap<>();
            JsonNode counts = StateJson.object(entry, "users");
            for (Map.Entry<String, JsonNode> count : counts.properties()) {
                if (!count.getValue().canConvertToLong() || count.getValue().longValue() < 1) {
                    throw new InvalidStateException("host user count must be a positive integer");
                }
                users.put(count.getKey(), count.getValue().longValue());
            }
            if (users.size() > MAX_USERS_PER_HOST) {
                throw new InvalidStateException("more than " + MAX_USERS_PER_HOST + " users on a host");
            }
            restoredHosts.add(StateJson.text(entry, "host"), users, entry);
        }
        restoredHosts.finish();
        EntityTable.Restorer<String, String> restoredRoles = roles.restorer(StateJson.object(state, "roles_table"));
        for (JsonNode entry : StateJson.array(state, "roles")) {
            restoredRoles.add(StateJson.text(entry, "user"), StateJson.text(entry, "role"), entry);
        }
        restoredRoles.finish();
    }
}
