package dev.custos.detect.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * People's mail and files: about two messages a working day each, from colleagues or the organisation's vendors, and
 * one in a hundred from a domain never seen before (a new vendor, a conference, a recruiter: benign first contacts);
 * engineers install packages (mostly from a common set, now and then one nobody installed before); anyone downloads a
 * file now and then and sometimes runs it (an installer), which may add a start-up item. Its own random stream.
 */
final class MailAndFileActivity {
    private static final int COMMON_PACKAGES = 300;

    private final Organisation organisation;
    private final RandomGenerator random;
    private final EventSink sink;
    private final Instant start;

    MailAndFileActivity(
            Organisation organisation, RandomGenerator random, EventSink sink, SimulationSettings settings) {
        this.organisation = organisation;
        this.random = random;
        this.sink = sink;
        this.start = settings.start();
    }

    void day(int day) {
        Instant midnight = start.plus(Duration.ofDays(day));
        DayOfWeek weekday = midnight.atZone(ZoneOffset.UTC).getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return;
        }
        for (Person person : organisation.people()) {
            int messages = Randoms.poisson(random, 2);
            for (int index = 0; index < messages; index++) {
                mail(person, at(midnight, person));
            }
            if (person.role() == Role.ENGINEER && random.nextDouble() < 0.3) {
                install(person, at(midnight, person));
            }
            if (random.nextDouble() < 0.15) {
                download(person, at(midnight, person));
            }
        }
    }

    private Instant at(Instant midnight, Person person) {
        return WorkforceActivity.local(midnight, person.home(), 8.5 + 9 * random.nextDouble());
    }

    private void mail(Person person, Instant time) {
        double pick = random.nextDouble();
        String from;
        if (pick < 0.5) {
            from = Randoms.pick(random, organisation.people()).name() + "@" + Destinations.OWN_MAIL;
        } else if (pick < 0.99) {
            from = "team@" + Randoms.pick(random, Destinations.MAIL_VENDORS);
        } else {
            from = "hello@" + Randoms.hex(random, 4) + "-partners.example";
        }
        sink.email(time, person.name(), from, "re: " + Randoms.hex(random, 2));
    }

    private void install(Person person, Instant time) {
        String name = random.nextDouble() < 0.03
                ? "pkg-" + Randoms.hex(random, 3)
                : String.format(Locale.ROOT, "lib-%03d", (int) (COMMON_PACKAGES * Math.pow(random.nextDouble(), 2)));
        ObjectNode install = sink.file(time, "package_install", person.laptop(), person.name(), null);
        install.put("package.name", name);
        install.put("process.name", random.nextBoolean() ? "npm" : "pip");
    }

    private void download(Person person, Instant time) {
        String name = "doc-" + Randoms.hex(random, 3) + (random.nextDouble() < 0.2 ? ".dmg" : ".pdf");
        String path = "/Users/" + person.name() + "/Downloads/" + name;
        ObjectNode download = sink.file(time, "download", person.laptop(), person.name(), path);
        download.put("url.domain", Randoms.pick(random, Destinations.SHARED));
        if (name.endsWith(".dmg")) {
            Instant run = time.plusSeconds(60 + random.nextInt(600));
            sink.file(run, "execution", person.laptop(), person.name(), path).put("process.name", "installer");
            if (random.nextDouble() < 0.3) {
                sink.file(
                        run.plusSeconds(30),
                        "creation",
                        person.laptop(),
                        person.name(),
                        "/Library/LaunchDaemons/com." + Randoms.hex(random, 2) + ".helper.plist");
            }
        }
    }
}
