package dev.custos.detect.command;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Command behaviour per user and per host, compared with the user's peer group (their role). Each {@code
 * process/exec} event is reduced to a {@link CommandToken} and its parent process; its surprise for the user is
 * {@code -log2 P(parent → command)}, where P interpolates the user's own lineage bigram and unigram, and the unigram
 * is smoothed towards the share of the command among the user's peers ({@link #PRIOR_STRENGTH} pseudo-commands).
 * So a command the user never ran but their role runs every day is mildly surprising (about 10 bits after a few
 * hundred commands), and one nobody in the role ever ran is very surprising (about 20 bits).
 *
 * <p>A finding needs at least {@value #MIN_HISTORY} earlier commands of the user and a surprise of at least
 * {@value #FIRE_BITS} bits. Score: {@value #WEIGHT} ({@value #SENSITIVE_WEIGHT} for a command in a {@link
 * SensitiveCategory}) × {@code min(1, (bits - 10) / 6)}, times 0.75 when the command is routine on the host it
 * ran on. Stage: the category's (key access for credential stores and key files), else persistence.
 *
 * <p>Users, hosts and users' roles live in {@link EntityTable}s under the pipeline's {@link EntityLimits}: a user or
 * host not seen for the idle expiry, or the least recently seen beyond the cap, is forgotten.
 */
public final class CommandBehaviourDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "command_behaviour";

    static final int MIN_HISTORY = 10;
    static final double FIRE_BITS = 12.0;
    static final int WEIGHT = 30;
    static final int SENSITIVE_WEIGHT = 45;
    static final double PRIOR_STRENGTH = 5.0;
    static final double BIGRAM_WEIGHT = 0.5;
    static final int MAX_TOKENS_PER_ENTITY = 128;
    static final int MAX_ORGANISATION_TOKENS = 2_048;

    private final EntityTable<String, SequenceModel> users;
    private final EntityTable<String, SequenceModel> hosts;
    private final PeerGroups peers;
    private SequenceModel organisation = new SequenceModel(MAX_ORGANISATION_TOKENS);

    public CommandBehaviourDetector() {
        this(EntityLimits.DEFAULT);
    }

    public CommandBehaviourDetector(EntityLimits limits) {
        requireNonNull(limits, "limits is null");
        this.users = new EntityTable<>(NAME + ".users", limits);
        this.hosts = new EntityTable<>(NAME + ".hosts", limits);
        this.peers = new PeerGroups(limits);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (event.category().equals(EventFields.CATEGORY_IAM) && !event.failed()) {
            learnRole(event);
            return List.of();
        }
        if (!event.is(EventFields.CATEGORY_PROCESS, EventFields.ACTION_EXEC)) {
            return List.of();
        }
        Optional<CommandToken> token = CommandToken.of(event);
        Optional<String> user = event.userName();
        if (token.isEmpty() || user.isEmpty()) {
            return List.of();
        }
        String label = token.get().label();
        String parent = event.text(EventFields.PROCESS_PARENT_NAME)
                .map(CommandToken::processName)
                .filter(name -> !name.isBlank())
                .orElse("?");
        Optional<String> host = event.text(EventFields.HOST_NAME);
        String role = peers.roleOf(user.get(), event.timestamp());
        PeerGroups.Group group = peers.group(role);
        SequenceModel self =
                users.touch(user.get(), event.timestamp(), key -> new SequenceModel(MAX_TOKENS_PER_ENTITY));
        SequenceModel hostModel = host.map(
                        name -> hosts.touch(name, event.timestamp(), key -> new SequenceModel(MAX_TOKENS_PER_ENTITY)))
                .orElse(null);
        List<Finding> findings = score(event, token.get(), parent, user.get(), host, role, group, self, hostModel);
        boolean newForUser = self.count(label) == 0;
        self.learn(parent, label, event.timestamp());
        if (hostModel != null) {
            hostModel.learn(parent, label, event.timestamp());
        }
        group.learn(user.get(), parent, label, newForUser, event.timestamp());
        organisation.learn(parent, label, event.timestamp());
        return findings;
    }

    /** Surprise in bits of {@code parent → label} for a model, smoothed towards {@code prior}. */
    static double surprise(SequenceModel model, String parent, String label, double prior) {
        double unigram = (model.count(label) + PRIOR_STRENGTH * prior) / (model.observationsWeight() + PRIOR_STRENGTH);
        double contextTotal = model.contextCount(parent);
        double bigram = contextTotal > 0 ? model.count(parent, label) / contextTotal : unigram;
        double probability = BIGRAM_WEIGHT * bigram + (1 - BIGRAM_WEIGHT) * unigram;
        return -Math.log(probability) / Math.log(2);
    }

    private List<Finding> score(
            Event event,
            CommandToken token,
            String parent,
            String user,
            Optional<String> host,
            String role,
            PeerGroups.Group group,
            SequenceModel self,
            SequenceModel hostModel) {
        if (self.observations() < MIN_HISTORY) {
            return List.of();
        }
        String label = token.label();
        double bits = surprise(self, parent, label, group.model().share(label));
        if (bits < FIRE_BITS) {
            return List.of();
        }
        Optional<SensitiveCategory> category = SensitiveCategory.classify(
                token, event.text(EventFields.PROCESS_COMMAND_LINE).orElse(""));
        boolean routineOnHost = false;
        List<FeatureEvidence> evidence = new ArrayList<>();
        evidence.add(new FeatureEvidence(
                "command",
                parent + " \u2192 " + label,
                String.format(
                        Locale.ROOT,
                        "%s for user %s in %d commands; seen for %d of %d %s peers; surprise %.1f bits",
                        self.count(label) == 0 ? "never seen" : "rare",
                        user,
                        self.observations(),
                        group.usersOf(label),
                        group.activeMembers(),
                        role,
                        bits)));
        if (hostModel != null && host.isPresent() && hostModel.observations() >= MIN_HISTORY) {
            double hostBits = surprise(hostModel, parent, label, organisation.share(label));
            routineOnHost = hostBits < FIRE_BITS;
            evidence.add(new FeatureEvidence(
                    "host",
                    host.get(),
                    String.format(
                            Locale.ROOT,
                            "%s there in %d commands (surprise %.1f bits)",
                            hostModel.count(label) == 0 ? "never run" : "run before",
                            hostModel.observations(),
                            hostBits)));
        }
        category.ifPresent(value ->
                evidence.add(new FeatureEvidence("category", value.label(), "generic sensitive category (catalogue)")));
        int weight = category.isPresent() ? SENSITIVE_WEIGHT : WEIGHT;
        double strength = Math.min(1.0, (bits - 10) / 6);
        int score = (int) Math.max(1, Math.round(weight * strength * (routineOnHost ? 0.75 : 1.0)));
        KillChainStage stage = category.map(SensitiveCategory::stage).orElse(KillChainStage.PERSISTENCE);
        List<EntityRef> entities = new ArrayList<>();
        entities.add(EntityRef.user(user));
        host.map(EntityRef::host).ifPresent(entities::add);
        String summary = String.format(
                Locale.ROOT,
                "unusual command %s \u2192 %s for %s %s%s",
                parent,
                label,
                role,
                user,
                host.map(name -> " on " + name).orElse(""));
        return List.of(new Finding(
                NAME,
                stage,
                score,
                entities,
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL));
    }

    private void learnRole(Event event) {
        Optional<String> role = event.text(EventFields.ROLE);
        if (role.isEmpty()) {
            return;
        }
        Optional<String> subject = event.text(EventFields.USER_TARGET_NAME).or(event::userName);
        if (subject.isEmpty()) {
            return;
        }
        boolean revoked = event.action().toLowerCase(Locale.ROOT).contains("revoke");
        peers.assign(subject.get(), revoked ? null : role.get(), event.timestamp());
    }

    /** The role currently known for a user, or {@code (no role)}. */
    public String roleOf(String user) {
        return peers.roleOf(user);
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(users.usage(), hosts.usage(), peers.usage());
    }

    /**
     * Users and hosts as objects keyed in last-seen order (least recent first), each model with its {@code
     * last_seen}, the tables' clocks and counts under {@code users_table} and {@code hosts_table}; the peers; the
     * organisation-wide model.
     */
    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        users.writeState(node.putObject("users_table"));
        node.set("users", models(users));
        hosts.writeState(node.putObject("hosts_table"));
        node.set("hosts", models(hosts));
        node.set("peers", peers.toState());
        node.set("organisation", organisation.toState());
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, SequenceModel> restoredUsers = restorer(users, state, "users_table", "users");
        EntityTable.Restorer<String, SequenceModel> restoredHosts = restorer(hosts, state, "hosts_table", "hosts");
        PeerGroups.Restorer restoredPeers = peers.restorer(StateJson.object(state, "peers"));
        SequenceModel restoredOrganisation =
                SequenceModel.fromState(StateJson.object(state, "organisation"), MAX_ORGANISATION_TOKENS);
        restoredUsers.finish();
        restoredHosts.finish();
        restoredPeers.finish();
        organisation = restoredOrganisation;
    }

    private static ObjectNode models(EntityTable<String, SequenceModel> table) {
        ObjectNode node = StateJson.object();
        table.forEach((name, model, lastSeen) -> {
            ObjectNode entry = model.toState();
            EntityTable.writeLastSeen(entry, lastSeen);
            node.set(name, entry);
        });
        return node;
    }

    private static EntityTable.Restorer<String, SequenceModel> restorer(
            EntityTable<String, SequenceModel> table, JsonNode state, String tableField, String entriesField) {
        JsonNode tableState = state.has(tableField) ? StateJson.object(state, tableField) : StateJson.object();
        EntityTable.Restorer<String, SequenceModel> restorer = table.restorer(tableState);
        for (Map.Entry<String, JsonNode> entry :
                StateJson.object(state, entriesField).properties()) {
            restorer.add(
                    entry.getKey(), SequenceModel.fromState(entry.getValue(), MAX_TOKENS_PER_ENTITY), entry.getValue());
        }
        return restorer;
    }
}
