package dev.custos.detect.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The people's day: logins from home (or from a trip), the commands of their role on their laptop or the shared
 * servers, wallet views, on-call pages at night, MFA resets followed by a new device, and now and then a
 * legitimate policy or signer change.
 */
final class WorkforceActivity {
    private static final double TRIP_CHANCE = 0.3;
    private static final double TYPO_CHANCE = 0.03;
    /** A legitimate policy or signer change about every nine days. */
    private static final int GOVERNANCE_EVERY_DAYS = 9;

    private final Organisation organisation;
    private final Treasury treasury;
    private final RandomGenerator random;
    private final EventSink sink;
    private final Instant start;
    private final Map<String, Trip> trips = new HashMap<>();
    private final Map<String, String> devices = new HashMap<>();
    private final List<Person> ops;

    WorkforceActivity(
            Organisation organisation,
            Treasury treasury,
            RandomGenerator random,
            EventSink sink,
            SimulationSettings settings) {
        this.organisation = organisation;
        this.treasury = treasury;
        this.random = random;
        this.sink = sink;
        this.start = settings.start();
        this.ops = organisation.inRole(Role.OPS);
        for (Person person : organisation.people()) {
            devices.put(person.name(), person.device());
            if (random.nextDouble() < TRIP_CHANCE * settings.days() / 42.0) {
                Place place = Randoms.pick(random, Place.HOMES);
                if (!place.equals(person.home())) {
                    int days = 2 + random.nextInt(5);
                    trips.put(person.name(), new Trip(random.nextInt(settings.days()), days, place));
                }
            }
        }
    }

    void day(int day) {
        Instant midnight = start.plus(Duration.ofDays(day));
        DayOfWeek weekday = midnight.atZone(ZoneOffset.UTC).getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        for (Person person : organisation.people()) {
            boolean works = !weekend || (person.role() != Role.SUPPORT && random.nextDouble() < 0.08);
            if (works) {
                workday(person, day, midnight);
            }
        }
        onCall(day, midnight);
        if (random.nextDouble() < 2.0 / 7 * organisation.people().size() / 200.0) {
            mfaReset(midnight);
        }
        if (day % GOVERNANCE_EVERY_DAYS == GOVERNANCE_EVERY_DAYS / 2) {
            governanceChange(midnight);
        }
    }

    private void workday(Person person, int day, Instant midnight) {
        Origin origin = origin(person, day);
        Place place = origin.place();
        double startHour = 8.0 + 1.2 * Math.abs(random.nextGaussian());
        Instant login = local(midnight, place, startHour);
        if (random.nextDouble() < TYPO_CHANCE) {
            int failures = 1 + random.nextInt(2);
            for (int attempt = failures; attempt > 0; attempt--) {
                sink.login(login.minusSeconds(40L * attempt), person.name(), origin, person.authMethod(), false);
            }
        }
        sink.login(login, person.name(), origin, person.authMethod(), true);
        if (random.nextDouble() < 0.6) {
            sink.login(
                    local(midnight, place, 13.0 + random.nextDouble()),
                    person.name(),
                    origin,
                    person.authMethod(),
                    true);
        }
        int commands = switch (person.role()) {
            case ENGINEER -> 4 + random.nextInt(9);
            case OPS -> 3 + random.nextInt(7);
            case KEY_HOLDER -> 1 + random.nextInt(3);
            case ADMIN -> 1 + random.nextInt(4);
            case SUPPORT -> 0;
        };
        for (int index = 0; index < commands; index++) {
            command(person, local(midnight, place, startHour + 0.2 + 8.5 * random.nextDouble()));
        }
        walletWork(person, midnight, place, startHour, origin);
    }

    private void command(Person person, Instant time) {
        String process = Randoms.pick(random, person.role().commands());
        String host = person.laptop();
        String parent = "zsh";
        if (person.role() == Role.OPS && random.nextDouble() < 0.6) {
            host = "ops-bastion-" + (1 + random.nextInt(3));
            parent = "bash";
        } else if (person.role() == Role.KEY_HOLDER && random.nextDouble() < 0.5) {
            host = "signer-" + (1 + random.nextInt(3));
            parent = "bash";
        }
        sink.exec(time, person.name(), host, process, parent, process + " " + Randoms.hex(random, 3));
    }

    private void walletWork(Person person, Instant midnight, Place place, double startHour, Origin origin) {
        int views = switch (person.role()) {
            case SUPPORT -> 3 + random.nextInt(8);
            case OPS -> random.nextInt(3);
            case KEY_HOLDER, ADMIN -> random.nextInt(2);
            case ENGINEER -> 0;
        };
        List<Wallet> visible = new ArrayList<>();
        for (Wallet wallet : organisation.wallets()) {
            boolean allowed = switch (person.role()) {
                case SUPPORT -> wallet.isHot();
                case OPS -> !wallet.tier().equals("cold");
                default -> true;
            };
            if (allowed) {
                visible.add(wallet);
            }
        }
        for (int index = 0; index < views; index++) {
            Instant time = local(midnight, place, startHour + 0.3 + 8 * random.nextDouble());
            Wallet wallet = Randoms.pick(random, visible);
            sink.walletAccess(time, "wallet.view", person.name(), wallet, treasury.balanceAt(wallet, time), origin);
        }
    }

    private void onCall(int day, Instant midnight) {
        if (ops.isEmpty() || random.nextDouble() < 0.5) {
            return;
        }
        Person person = ops.get(day % ops.size());
        Origin origin = origin(person, day);
        double hour = 1.0 + 3 * random.nextDouble();
        Instant page = local(midnight, origin.place(), hour);
        sink.login(page, person.name(), origin, person.authMethod(), true);
        int commands = 2 + random.nextInt(4);
        for (int index = 0; index < commands; index++) {
            String process = Randoms.pick(random, List.of("kubectl", "journalctl", "systemctl", "psql"));
            sink.exec(
                    page.plusSeconds(60 + random.nextInt(2_400)),
                    person.name(),
                    "ops-bastion-" + (1 + random.nextInt(3)),
                    process,
                    "bash",
                    process + " " + Randoms.hex(random, 3));
        }
    }

    private void mfaReset(Instant midnight) {
        List<Person> support = organisation.inRole(Role.SUPPORT);
        Person agent = Randoms.pick(random, support);
        Person user = Randoms.pick(random, organisation.people());
        if (user.equals(agent)) {
            return;
        }
        Instant time = local(midnight, agent.home(), 11 + 4 * random.nextDouble());
        sink.identity(time, "mfa_reset", agent.name(), user.name(), null);
        String device = "dev-" + Randoms.hex(random, 4);
        devices.put(user.name(), device);
        sink.identity(time.plusSeconds(600 + random.nextInt(3_000)), "device_enrolled", user.name(), user.name(), null);
    }

    private void governanceChange(Instant midnight) {
        List<Person> admins = organisation.inRole(Role.ADMIN);
        Person actor = Randoms.pick(random, admins);
        Wallet wallet = Randoms.pick(
                random,
                organisation.wallets().stream()
                        .filter(candidate -> !candidate.isHot())
                        .toList());
        Instant time = local(midnight, actor.home(), 14 + 2 * random.nextDouble());
        Origin origin = Origin.home(actor).withDevice(devices.get(actor.name()));
        sink.walletAccess(
                time, "policy.change_proposed", actor.name(), wallet, treasury.balanceAt(wallet, time), origin);
        List<Person> holders = organisation.inRole(Role.KEY_HOLDER);
        Person approver = Randoms.pick(random, holders);
        Instant approved = time.plusSeconds(1_800 + random.nextInt(7_200));
        sink.walletAccess(
                approved,
                "policy.change_approved",
                approver.name(),
                wallet,
                treasury.balanceAt(wallet, approved),
                Origin.home(approver).withDevice(devices.get(approver.name())));
        boolean rotation = random.nextBoolean();
        sink.governance(
                approved.plusSeconds(600),
                rotation ? "signer_added" : "policy_changed",
                actor.name(),
                wallet,
                wallet.address(),
                rotation ? "" : "daily-limit-" + (1 + random.nextInt(5)) + "m",
                rotation ? "signer-" + Randoms.hex(random, 3) : "daily-limit-" + (2 + random.nextInt(6)) + "m");
    }

    private Origin origin(Person person, int day) {
        Optional<Trip> trip = Optional.ofNullable(trips.get(person.name())).filter(candidate -> candidate.covers(day));
        String device = devices.get(person.name());
        if (trip.isPresent()) {
            Place place = trip.get().place();
            return new Origin(
                    "10.200." + (place.asn() % 250) + "." + (person.ipSuffix() & 0xff),
                    place,
                    trip.get().hotelAsn(),
                    device,
                    person.userAgent());
        }
        return Origin.home(person).withDevice(device);
    }

    /** Local time {@code hour} (fractional) on the UTC day starting at {@code midnight}, as an instant. */
    static Instant local(Instant midnight, Place place, double hour) {
        long seconds = Math.round((hour - place.utcOffsetHours()) * 3_600);
        return midnight.plusSeconds(seconds);
    }
}
