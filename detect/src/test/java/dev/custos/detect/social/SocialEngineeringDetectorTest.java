package dev.custos.detect.social;

import static dev.custos.detect.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.network.PersistencePaths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The social-engineering chain: joined for a privileged person, and not without each of its links. */
class SocialEngineeringDetectorTest {
    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    private static final RiskView NO_RISK = entity -> 0;
    private static final String HASH = "ab".repeat(32);

    /** Ten days of mail from five known domains, twenty-five package installs, roles and laptops of ana and ben. */
    private static List<Event> history() {
        List<Event> events = new ArrayList<>();
        events.add(role("ana", "key_holder"));
        events.add(role("ben", "engineer"));
        for (String user : List.of("ana", "ben")) {
            events.add(event(START.plusSeconds(30), "process", "exec")
                    .with("user.name", user)
                    .with("host.name", "laptop-" + user)
                    .with("process.name", "git")
                    .build());
        }
        for (int i = 0; i < 250; i++) {
            events.add(mail(
                    START.plus(Duration.ofMinutes(60L * i)),
                    i % 2 == 0 ? "ana" : "ben",
                    "news@vendor" + (i % 5) + ".example",
                    null));
        }
        for (int i = 0; i < 25; i++) {
            events.add(event(START.plus(Duration.ofHours(5L * i)), "file", "package_install")
                    .with("host.name", "laptop-ben")
                    .with("user.name", "ben")
                    .with("package.name", "lib-" + (i % 10))
                    .with("process.name", "npm")
                    .build());
        }
        events.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
        return events;
    }

    private static Event role(String user, String role) {
        return event(START, "iam", "user_created")
                .with("user.name", "svc-directory")
                .with("user.target.name", user)
                .with("custos.role", role)
                .build();
    }

    private static Event mail(Instant time, String user, String from, String hash) {
        var mail = event(time, "email", "received").with("user.name", user).with("email.from.address", from);
        if (hash != null) {
            mail.with("email.attachments.file.hash.sha256", hash).with("email.attachments.file.name", "test.zip");
        }
        return mail.build();
    }

    /** The lure: a recruiter's mail, a download, a new package, then a launch agent on the laptop. */
    private static List<Event> lure(String user, Instant at) {
        String host = "laptop-" + user;
        return List.of(
                mail(at, user, "talent@apex-hiring.io", HASH),
                event(at.plus(Duration.ofHours(20)), "file", "download")
                        .with("host.name", host)
                        .with("file.path", "/Users/" + user + "/Downloads/test.zip")
                        .with("file.hash.sha256", HASH)
                        .build(),
                event(at.plus(Duration.ofHours(21)), "file", "package_install")
                        .with("host.name", host)
                        .with("package.name", "apex-test-utils")
                        .with("process.name", "npm")
                        .build(),
                event(at.plus(Duration.ofHours(21)).plusSeconds(40), "file", "creation")
                        .with("host.name", host)
                        .with("file.path", "/Users/" + user + "/Library/LaunchAgents/com.apex.update.plist")
                        .build());
    }

    private static List<Finding> run(SocialEngineeringDetector detector, List<Event> events) {
        List<Finding> findings = new ArrayList<>();
        for (Event event : events) {
            findings.addAll(detector.observe(event, NO_RISK));
        }
        return findings;
    }

    @Test
    void fakeRecruiterChain_onAKeyHolder_isOneIncidentWithItsThreeLinks() {
        SocialEngineeringDetector detector = new SocialEngineeringDetector();
        assertThat(run(detector, history())).isEmpty();

        List<Finding> findings = run(detector, lure("ana", START.plus(Duration.ofDays(11))));

        assertThat(findings)
                .extracting(Finding::detector)
                .containsExactly(SocialEngineeringDetector.FOOTHOLD, SocialEngineeringDetector.CHAIN);
        Finding chain = findings.get(1);
        assertThat(chain.severity()).isEqualTo(FindingSeverity.ALWAYS_ALERT);
        assertThat(chain.entities()).containsExactly(EntityRef.user("ana"), EntityRef.host("laptop-ana"));
        assertThat(chain.features())
                .extracting(FeatureEvidence::feature)
                .containsExactly("1_first_contact", "2_foothold", "3_persistence");
        assertThat(chain.explain())
                .contains("talent@apex-hiring.io")
                .contains("installed package apex-test-utils")
                .contains("LaunchAgents/com.apex.update.plist");
    }

    @Test
    void sameChain_onAnEngineer_orWithoutTheFirstContact_raisesNothing() {
        SocialEngineeringDetector detector = new SocialEngineeringDetector();
        run(detector, history());
        assertThat(run(detector, lure("ben", START.plus(Duration.ofDays(11))))).isEmpty();

        SocialEngineeringDetector known = new SocialEngineeringDetector();
        List<Event> events = new ArrayList<>(history());
        events.add(0, mail(START.minusSeconds(60), "ben", "talent@apex-hiring.io", null));
        run(known, events);
        assertThat(run(known, lure("ana", START.plus(Duration.ofDays(11))))).isEmpty();
    }

    @Test
    void runningTheAttachment_isAFoothold_butAnInstallerFromElsewhereIsNot() {
        SocialEngineeringDetector detector = new SocialEngineeringDetector();
        run(detector, history());
        Instant at = START.plus(Duration.ofDays(11));
        List<Event> unrelated = List.of(
                mail(at, "ana", "hello@new-vendor.example", null),
                event(at.plus(Duration.ofHours(2)), "file", "download")
                        .with("host.name", "laptop-ana")
                        .with("file.path", "/Users/ana/Downloads/viewer.dmg")
                        .with("url.domain", "apple.com")
                        .build(),
                event(at.plus(Duration.ofHours(2)).plusSeconds(60), "file", "execution")
                        .with("host.name", "laptop-ana")
                        .with("file.path", "/Users/ana/Downloads/viewer.dmg")
                        .build(),
                event(at.plus(Duration.ofHours(2)).plusSeconds(90), "file", "creation")
                        .with("host.name", "laptop-ana")
                        .with("file.path", "/Library/LaunchDaemons/com.viewer.helper.plist")
                        .build());
        assertThat(run(detector, unrelated)).isEmpty();

        List<Event> attachment = List.of(
                mail(at.plus(Duration.ofDays(1)), "ana", "talent@apex-hiring.io", HASH),
                event(at.plus(Duration.ofDays(1)).plusSeconds(600), "file", "download")
                        .with("host.name", "laptop-ana")
                        .with("file.path", "/Users/ana/Downloads/test.zip")
                        .with("file.hash.sha256", HASH)
                        .build(),
                event(at.plus(Duration.ofDays(1)).plusSeconds(700), "file", "execution")
                        .with("host.name", "laptop-ana")
                        .with("file.path", "/Users/ana/Downloads/test.zip")
                        .build());
        assertThat(run(detector, attachment))
                .singleElement()
                .satisfies(finding -> assertThat(finding.explain()).contains("ran /Users/ana/Downloads/test.zip"));
    }

    @Test
    void loginFromANewNetwork_afterTheFoothold_completesTheChain() {
        SocialEngineeringDetector detector = new SocialEngineeringDetector();
        List<Event> events = new ArrayList<>(history());
        for (int day = 0; day < 8; day++) {
            events.add(event(START.plus(Duration.ofDays(day)).plusSeconds(30_000), "authentication", "login")
                    .with("user.name", "ana")
                    .with("event.outcome", "success")
                    .with("source.as.number", 3320L)
                    .build());
        }
        events.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
        run(detector, events);
        List<Event> lure =
                new ArrayList<>(lure("ana", START.plus(Duration.ofDays(11))).subList(0, 3));
        lure.add(event(START.plus(Duration.ofDays(12)), "authentication", "login")
                .with("user.name", "ana")
                .with("event.outcome", "success")
                .with("source.as.number", 64_512L)
                .build());

        List<Finding> findings = run(detector, lure);

        assertThat(findings.getLast().detector()).isEqualTo(SocialEngineeringDetector.CHAIN);
        assertThat(findings.getLast().features().getLast().feature()).isEqualTo("3_new_place");
        assertThat(findings.getLast().summary()).contains("AS64512");
    }

    @Test
    void checkpoint_roundTrip_keepsTheOpenChain() {
        SocialEngineeringDetector first = new SocialEngineeringDetector();
        run(first, history());
        List<Event> lure = lure("ana", START.plus(Duration.ofDays(11)));
        run(first, lure.subList(0, 3));
        SocialEngineeringDetector second = new SocialEngineeringDetector();
        second.restore(first.checkpoint());

        assertThat(second.checkpoint()).isEqualTo(first.checkpoint());
        assertThat(run(second, lure.subList(3, 4)))
                .extracting(Finding::detector)
                .containsExactly(SocialEngineeringDetector.CHAIN);
    }

    @Test
    void persistencePaths_areDerivedFromThePath() {
        assertThat(PersistencePaths.isPersistence("/Users/a/Library/LaunchAgents/x.plist"))
                .isTrue();
        assertThat(PersistencePaths.isPersistence("C:\\Users\\a\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\"
                        + "Programs\\Startup\\x.lnk"))
                .isTrue();
        assertThat(PersistencePaths.isPersistence("/home/a/.bashrc")).isTrue();
        assertThat(PersistencePaths.isPersistence("/home/a/project/bashrc.md")).isFalse();
    }
}
