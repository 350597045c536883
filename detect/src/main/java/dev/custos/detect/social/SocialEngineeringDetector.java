package dev.custos.detect.social;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.network.HostOwners;
import dev.custos.detect.network.PersistencePaths;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.StateJson;
import dev.custos.events.EmailEvent;
import dev.custos.events.FileEvent;
import dev.custos.events.InvalidEventException;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The social-engineering chain of fake recruiters and trojaned "coding tests", joined per person:
 *
 * <ol>
 *   <li><b>first contact</b>: an e-mail from a sender domain the organisation never received mail from (once it has
 *       seen {@value #MIN_MAIL} messages over {@value #MIN_MAIL_DAYS} days);
 *   <li><b>foothold</b>, within {@value #CONTACT_DAYS} days, on the person's host (the event's {@code user.name}, else
 *       the host's owner), when the person or host is privileged ({@link HostOwners}): a run of a file that came from
 *       the contact (the attachment's SHA-256, or downloaded on that host from the sender's domain or the message's
 *       link domain), or the install of a package the organisation never installed; raises {@value #FOOTHOLD}
 *       ({@value #FOOTHOLD_SCORE});
 *   <li><b>persistence or credential use from a new place</b>, within {@value #FOOTHOLD_DAYS} days of the foothold: a
 *       file created in a start-up location ({@link PersistencePaths}) on that host, or a login by the person from a
 *       network (AS number, else /16) not among their recent ones; raises {@value #CHAIN} ({@value #CHAIN_SCORE},
 *       always alerting), whose evidence lists the three links with their events.
 * </ol>
 *
 * Bounded: every table is an {@link EntityTable} with the pipeline's limits and fixed-size values.
 */
public final class SocialEngineeringDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "social_engineering";
    public static final String FOOTHOLD = "contact_then_execution";
    public static final String CHAIN = "social_engineering_chain";

    static final int FOOTHOLD_SCORE = 45;
    static final int CHAIN_SCORE = 85;
    static final long MIN_MAIL = 200;
    static final long MIN_MAIL_DAYS = 7;
    static final long MIN_PACKAGES = 20;
    static final long MIN_LOGINS = 5;
    static final long CONTACT_DAYS = 21;
    static final long FOOTHOLD_DAYS = 7;
    private static final long DAY = 86_400;

    private final HostOwners owners;
    private final EntityTable<String, Boolean> senderDomains;
    private final EntityTable<String, Boolean> packages;
    private final EntityTable<String, RecentValues> downloads;
    private final EntityTable<String, RecentValues> loginNetworks;
    private final EntityTable<String, ContactChain> chains;
    private long mailSeen;
    private long firstMail = -1;
    private long installsSeen;

    public SocialEngineeringDetector() {
        this(EntityLimits.DEFAULT);
    }

    public SocialEngineeringDetector(EntityLimits limits) {
        requireNonNull(limits, "limits is null");
        this.owners = new HostOwners(NAME, limits);
        this.senderDomains = new EntityTable<>(NAME + ".sender_domains", limits);
        this.packages = new EntityTable<>(NAME + ".packages", limits);
        this.downloads = new EntityTable<>(NAME + ".downloads", limits);
        this.loginNetworks = new EntityTable<>(NAME + ".login_networks", limits);
        this.chains = new EntityTable<>(NAME + ".chains", limits);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        owners.learn(event);
        try {
            return switch (event.category()) {
                case EventFields.CATEGORY_EMAIL -> email(event, EmailEvent.read(event.fields()));
                case EventFields.CATEGORY_FILE -> file(event, FileEvent.read(event.action(), event.fields()));
                case EventFields.CATEGORY_AUTHENTICATION -> login(event);
                default -> List.of();
            };
        } catch (InvalidEventException e) {
            return List.of();
        }
    }

    private List<Finding> email(Event event, EmailEvent mail) {
        Instant now = event.timestamp();
        long second = now.getEpochSecond();
        if (firstMail < 0) {
            firstMail = second;
        }
        boolean warm = mailSeen >= MIN_MAIL && second - firstMail >= MIN_MAIL_DAYS * DAY;
        boolean known = senderDomains.touchIfPresent(mail.senderDomain(), now) != null;
        if (!known) {
            senderDomains.put(mail.senderDomain(), now, Boolean.TRUE);
            if (warm) {
                String detail =
                        mail.senderDomain() + " " + mail.attachmentSha256().orElse("-") + " "
                                + mail.urlDomain().orElse("-");
                String description = "e-mail to " + mail.recipient() + " from " + mail.senderAddress()
                        + mail.attachmentName().map(name -> " with " + name).orElse("")
                        + mail.urlDomain().map(domain -> ", link to " + domain).orElse("")
                        + " (first mail from " + mail.senderDomain() + ")";
                chains.touch(mail.recipient(), now, key -> new ContactChain())
                        .contact(new ContactChain.Link(second, event.reference(), description, detail));
            }
        }
        mailSeen++;
        return List.of();
    }

    private List<Finding> file(Event event, FileEvent file) {
        Optional<String> user = file.user().or(() -> owners.ownerOf(file.host()));
        return switch (file.action()) {
            case EventFields.ACTION_FILE_DOWNLOAD -> download(event, file);
            case EventFields.ACTION_FILE_EXECUTION -> execution(event, file, user);
            case EventFields.ACTION_PACKAGE_INSTALL -> install(event, file, user);
            case EventFields.ACTION_FILE_CREATION -> creation(event, file, user);
            default -> List.of();
        };
    }

    private List<Finding> download(Event event, FileEvent file) {
        RecentValues recent = downloads.touch(file.host(), event.timestamp(), key -> new RecentValues());
        recent.add(file.fileName() + "\t" + file.sha256().orElse("-") + "\t"
                + file.urlDomain().orElse("-"));
        return List.of();
    }

    private List<Finding> execution(Event event, FileEvent file, Optional<String> user) {
        if (user.isEmpty()) {
            return List.of();
        }
        // The file's origin: its own hash, and the hash and source of the download it came from on this host.
        Set<String> origins = new TreeSet<>();
        file.sha256().ifPresent(origins::add);
        RecentValues recent = downloads.touchIfPresent(file.host(), event.timestamp());
        if (recent != null) {
            for (String entry : recent.values()) {
                String[] parts = entry.split("\t", -1);
                if (parts.length == 3
                        && (parts[0].equals(file.fileName())
                                || file.sha256().map(parts[1]::equals).orElse(false))) {
                    origins.add(parts[1]);
                    origins.add(parts[2]);
                }
            }
        }
        origins.remove("-");
        if (origins.isEmpty()) {
            return List.of();
        }
        return foothold(
                event,
                file,
                user.get(),
                "ran " + file.path().orElse(file.fileName())
                        + file.processName()
                                .map(process -> " (" + process + ")")
                                .orElse(""),
                contact -> fromContact(contact, origins));
    }

    /**
     * True when a file whose origins (hashes, download domains) are {@code origins} came from the contact: its
     * attachment's hash, or a download from the sender's domain or the message's link domain (or below them).
     */
    private static boolean fromContact(ContactChain.Link contact, Set<String> origins) {
        String[] detail = contact.detail().split(" ", -1);
        for (String origin : origins) {
            for (String mark : detail) {
                if (!mark.equals("-") && (origin.equals(mark) || origin.endsWith("." + mark))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Finding> install(Event event, FileEvent file, Optional<String> user) {
        Instant now = event.timestamp();
        String name = file.packageName().orElseThrow();
        boolean fresh = packages.touchIfPresent(name, now) == null;
        boolean warm = installsSeen >= MIN_PACKAGES;
        installsSeen++;
        packages.put(name, now, Boolean.TRUE);
        if (user.isEmpty() || !fresh || !warm) {
            return List.of();
        }
        return foothold(
                event,
                file,
                user.get(),
                "installed package " + name + ", new to the organisation"
                        + file.processName()
                                .map(process -> " (" + process + ")")
                                .orElse(""),
                contact -> true);
    }

    private List<Finding> creation(Event event, FileEvent file, Optional<String> user) {
        if (user.isEmpty() || !file.path().map(PersistencePaths::isPersistence).orElse(false)) {
            return List.of();
        }
        return completion(
                event,
                user.get(),
                Optional.of(file.host()),
                "created start-up item " + file.path().orElseThrow() + " on " + file.host());
    }

    private List<Finding> login(Event event) {
        if (!event.is(EventFields.CATEGORY_AUTHENTICATION, EventFields.ACTION_LOGIN) || !event.succeeded()) {
            return List.of();
        }
        Optional<String> user = event.userName();
        Optional<String> network = event.text(EventFields.SOURCE_ASN)
                .map(asn -> "AS" + asn)
                .or(() -> event.text(EventFields.SOURCE_IP).map(SocialEngineeringDetector::prefix));
        if (user.isEmpty() || network.isEmpty()) {
            return List.of();
        }
        Instant now = event.timestamp();
        RecentValues recent = loginNetworks.touch(user.get(), now, key -> new RecentValues());
        boolean fresh = recent.observations() >= MIN_LOGINS && !recent.contains(network.get());
        recent.add(network.get());
        if (!fresh) {
            return List.of();
        }
        return completion(
                event,
                user.get(),
                Optional.empty(),
                "login by " + user.get() + " from " + network.get() + ", not among their recent networks"
                        + event.text(EventFields.SOURCE_COUNTRY)
                                .map(country -> " (" + country + ")")
                                .orElse(""));
    }

    private List<Finding> foothold(
            Event event, FileEvent file, String user, String what, Predicate<ContactChain.Link> tied) {
        if (!owners.privilegedUser(user) && !owners.privileged(file.host())) {
            return List.of();
        }
        Instant now = event.timestamp();
        long second = now.getEpochSecond();
        ContactChain chain = chains.touchIfPresent(user, now);
        if (chain == null) {
            return List.of();
        }
        ContactChain.Link contact = chain.latestContactSince(second - CONTACT_DAYS * DAY, tied);
        if (contact == null) {
            return List.of();
        }
        String description = what + " on " + file.host();
        chain.foothold = new ContactChain.Link(second, event.reference(), description, file.host());
        chain.footholdContact = contact;
        return List.of(new Finding(
                FOOTHOLD,
                KillChainStage.INITIAL_ACCESS,
                FOOTHOLD_SCORE,
                List.of(EntityRef.user(user), EntityRef.host(file.host())),
                now,
                event.reference(),
                "privileged person " + user + " " + description + " after a first contact: " + contact.description(),
                List.of(
                        new FeatureEvidence("first_contact", contact.reference(), contact.description()),
                        new FeatureEvidence("foothold", event.reference(), description)),
                FindingSeverity.NORMAL));
    }

    private List<Finding> completion(Event event, String user, Optional<String> host, String what) {
        Instant now = event.timestamp();
        long second = now.getEpochSecond();
        ContactChain chain = chains.touchIfPresent(user, now);
        if (chain == null
                || chain.foothold == null
                || second - chain.foothold.second() > FOOTHOLD_DAYS * DAY
                || chain.reported >= chain.foothold.second()
                || (host.isPresent() && !host.get().equals(chain.foothold.detail()))) {
            return List.of();
        }
        chain.reported = second;
        List<EntityRef> entities = List.of(EntityRef.user(user), EntityRef.host(chain.foothold.detail()));
        return List.of(new Finding(
                CHAIN,
                KillChainStage.PERSISTENCE,
                CHAIN_SCORE,
                entities,
                now,
                event.reference(),
                "social-engineering chain on " + user + ": first contact, then " + chain.foothold.description()
                        + ", then " + what,
                List.of(
                        new FeatureEvidence(
                                "1_first_contact",
                                chain.footholdContact.reference(),
                                Instant.ofEpochSecond(chain.footholdContact.second()) + " "
                                        + chain.footholdContact.description()),
                        new FeatureEvidence(
                                "2_foothold",
                                chain.foothold.reference(),
                                Instant.ofEpochSecond(chain.foothold.second()) + " " + chain.foothold.description()),
                        new FeatureEvidence(
                                "3_" + (host.isPresent() ? "persistence" : "new_place"),
                                event.reference(),
                                now + " " + what)),
                FindingSeverity.ALWAYS_ALERT));
    }

    private static String prefix(String ip) {
        String[] octets = ip.split("\\.", -1);
        return octets.length == 4 ? "ip " + octets[0] + "." + octets[1] + ".0.0/16" : "ip " + ip;
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        List<EntityTableUsage> usage = new ArrayList<>(owners.usage());
        usage.add(senderDomains.usage());
        usage.add(packages.usage());
        usage.add(downloads.usage());
        usage.add(loginNetworks.usage());
        usage.add(chains.usage());
        return usage;
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        node.put("mail_seen", mailSeen).put("first_mail", firstMail).put("installs_seen", installsSeen);
        node.set("owners", owners.toState());
        node.set("sender_domains", keys(senderDomains));
        node.set("packages", keys(packages));
        node.set("downloads", recent(downloads));
        node.set("login_networks", recent(loginNetworks));
        ObjectNode chainState = node.putObject("chains");
        chains.writeState(chainState.putObject("table"));
        ArrayNode entries = chainState.putArray("entries");
        chains.forEach((user, chain, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("key", user);
            entry.set("chain", chain.toState());
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        mailSeen = StateJson.count(state, "mail_seen");
        JsonNode first = state.get("first_mail");
        if (first == null || !first.isIntegralNumber() || first.longValue() < -1) {
            throw new dev.custos.detect.state.InvalidStateException("first_mail is not a time in seconds");
        }
        firstMail = first.longValue();
        installsSeen = StateJson.count(state, "installs_seen");
        owners.restore(StateJson.object(state, "owners"));
        restoreKeys(senderDomains, StateJson.object(state, "sender_domains"));
        restoreKeys(packages, StateJson.object(state, "packages"));
        restoreRecent(downloads, StateJson.object(state, "downloads"));
        restoreRecent(loginNetworks, StateJson.object(state, "login_networks"));
        JsonNode chainState = StateJson.object(state, "chains");
        EntityTable.Restorer<String, ContactChain> restored = chains.restorer(StateJson.object(chainState, "table"));
        for (JsonNode entry : StateJson.array(chainState, "entries")) {
            restored.add(StateJson.text(entry, "key"), ContactChain.fromState(StateJson.object(entry, "chain")), entry);
        }
        restored.finish();
    }

    private static ObjectNode keys(EntityTable<String, Boolean> table) {
        ObjectNode node = StateJson.object();
        table.writeState(node.putObject("table"));
        ArrayNode entries = node.putArray("entries");
        table.forEach((key, value, lastSeen) ->
                EntityTable.writeLastSeen(entries.addObject().put("key", key), lastSeen));
        return node;
    }

    private static void restoreKeys(EntityTable<String, Boolean> table, JsonNode node) {
        EntityTable.Restorer<String, Boolean> restored = table.restorer(StateJson.object(node, "table"));
        for (JsonNode entry : StateJson.array(node, "entries")) {
            restored.add(StateJson.text(entry, "key"), Boolean.TRUE, entry);
        }
        restored.finish();
    }

    private static ObjectNode recent(EntityTable<String, RecentValues> table) {
        ObjectNode node = StateJson.object();
        table.writeState(node.putObject("table"));
        ArrayNode entries = node.putArray("entries");
        table.forEach((key, value, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("key", key);
            entry.set("values", value.toState());
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    private static void restoreRecent(EntityTable<String, RecentValues> table, JsonNode node) {
        EntityTable.Restorer<String, RecentValues> restored = table.restorer(StateJson.object(node, "table"));
        for (JsonNode entry : StateJson.array(node, "entries")) {
            restored.add(
                    StateJson.text(entry, "key"), RecentValues.fromState(StateJson.object(entry, "values")), entry);
        }
        restored.finish();
    }
}
