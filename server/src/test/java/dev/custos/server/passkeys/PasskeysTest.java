package dev.custos.server.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.server.MutableClock;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasskeysTest {
    private static final WebOrigin ORIGIN = new WebOrigin("http://localhost:8443");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private Database database;
    private EnrollmentLinks links;
    private Passkeys passkeys;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.sqlite(folder.resolve("custos.db")));
        SecureRandom random = new SecureRandom();
        links = new EnrollmentLinks(database, clock, random);
        passkeys = new Passkeys(new PasskeyStore(database), links, () -> ORIGIN, clock, random);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void enrollment_throughALink_keepsThePasskeyWithItsKeyForThePolicy() throws Exception {
        SoftAuthenticator device = new SoftAuthenticator(ORIGIN.origin());
        Passkey passkey = enroll("alice", device);

        assertThat(passkey.person()).isEqualTo("alice");
        assertThat(passkey.credentialId()).isEqualTo(device.credentialId());
        assertThat(passkey.algorithm()).isEqualTo("ES256");
        assertThat(Base64.getUrlDecoder().decode(passkey.publicKeySpki())).hasSize(91);
        assertThat(passkeys.store().forPerson("alice")).containsExactly(passkey);
    }

    @Test
    void enrollment_linkUsedTwice_isRefusedTheSecondTime() throws Exception {
        EnrollmentLinks.Created link = links.create("alice", "admin");
        Passkeys.Ceremony first = passkeys.startEnrollment(link.token());
        passkeys.finishEnrollment(first.id(), new SoftAuthenticator(ORIGIN.origin()).create(first.optionsJson()));

        assertThatThrownBy(() -> passkeys.startEnrollment(link.token()))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("unknown, used or expired");
    }

    @Test
    void enrollment_expiredLink_isRefused() {
        EnrollmentLinks.Created link = links.create("alice", "admin");
        clock.advance(EnrollmentLinks.LIFETIME.plusSeconds(1));

        assertThatThrownBy(() -> passkeys.startEnrollment(link.token()))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("unknown, used or expired");
    }

    @Test
    void enrollment_fromAnotherOrigin_isRefused() throws Exception {
        EnrollmentLinks.Created link = links.create("alice", "admin");
        Passkeys.Ceremony ceremony = passkeys.startEnrollment(link.token());
        SoftAuthenticator phished = new SoftAuthenticator("https://custos-login.example");

        assertThatThrownBy(() -> passkeys.finishEnrollment(ceremony.id(), phished.create(ceremony.optionsJson())))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("does not verify");
        assertThat(links.usable(link.token())).contains("alice");
    }

    @Test
    void signIn_withAnEnrolledPasskey_answersItsPerson() throws Exception {
        SoftAuthenticator device = new SoftAuthenticator(ORIGIN.origin());
        enroll("alice", device);

        Passkeys.Ceremony ceremony = passkeys.startSignIn();
        assertThat(passkeys.finishSignIn(ceremony.id(), device.get(ceremony.optionsJson()))
                        .person())
                .isEqualTo("alice");
        assertThatThrownBy(() -> passkeys.finishSignIn(ceremony.id(), device.get(ceremony.optionsJson())))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("not started here");
    }

    @Test
    void approval_overTheDigest_verifiesAndIsKeptForTheNodes() throws Exception {
        SoftAuthenticator device = new SoftAuthenticator(ORIGIN.origin());
        enroll("bob", device);
        byte[] digest = digest(1);

        PasskeyAssertion assertion =
                passkeys.verifyApproval("bob", digest, device.get(passkeys.approvalOptions("bob", digest)));

        assertThat(assertion.approver()).isEqualTo("bob");
        assertThat(assertion.credentialId()).isEqualTo(device.credentialId());
        String clientData = new String(Base64.getUrlDecoder().decode(assertion.clientDataJson()));
        assertThat(clientData).contains(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    @Test
    void approval_forAnotherDigest_isRefused() throws Exception {
        SoftAuthenticator device = new SoftAuthenticator(ORIGIN.origin());
        enroll("bob", device);
        String forFirst = device.get(passkeys.approvalOptions("bob", digest(1)));

        assertThatThrownBy(() -> passkeys.verifyApproval("bob", digest(2), forFirst))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void approval_replayed_isRefused() throws Exception {
        SoftAuthenticator device = new SoftAuthenticator(ORIGIN.origin());
        enroll("bob", device);
        byte[] digest = digest(1);
        String assertion = device.get(passkeys.approvalOptions("bob", digest));
        passkeys.verifyApproval("bob", digest, assertion);

        assertThatThrownBy(() -> passkeys.verifyApproval("bob", digest, assertion))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("signature count");
    }

    @Test
    void approval_withoutUserVerification_isRefused() throws Exception {
        SoftAuthenticator device = new SoftAuthenticator(ORIGIN.origin());
        enroll("bob", device);
        device.assertionFlags = 0x01;
        byte[] digest = digest(1);

        assertThatThrownBy(() ->
                        passkeys.verifyApproval("bob", digest, device.get(passkeys.approvalOptions("bob", digest))))
                .isInstanceOf(PasskeyException.class);
    }

    @Test
    void approval_withSomeoneElsesPasskey_isRefused() throws Exception {
        SoftAuthenticator alices = new SoftAuthenticator(ORIGIN.origin());
        enroll("alice", alices);
        enroll("bob", new SoftAuthenticator(ORIGIN.origin()));
        byte[] digest = digest(1);
        String byAlice = alices.assertion(
                ORIGIN.relyingPartyId(), Base64.getUrlEncoder().withoutPadding().encodeToString(digest));

        assertThatThrownBy(() -> passkeys.verifyApproval("bob", digest, byAlice))
                .isInstanceOf(PasskeyException.class);
    }

    @Test
    void ceremony_lapsesAfterItsLifetime() throws Exception {
        SoftAuthenticator device = new SoftAuthenticator(ORIGIN.origin());
        enroll("alice", device);
        Passkeys.Ceremony ceremony = passkeys.startSignIn();
        clock.advance(Ceremonies.LIFETIME.plus(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> passkeys.finishSignIn(ceremony.id(), device.get(ceremony.optionsJson())))
                .isInstanceOf(PasskeyException.class)
                .hasMessageContaining("took too long");
    }

    private Passkey enroll(String person, SoftAuthenticator device) throws Exception {
        EnrollmentLinks.Created link = links.create(person, "admin");
        Passkeys.Ceremony ceremony = passkeys.startEnrollment(link.token());
        return passkeys.finishEnrollment(ceremony.id(), device.create(ceremony.optionsJson()));
    }

    private static byte[] digest(int fill) {
        byte[] digest = new byte[32];
        Arrays.fill(digest, (byte) fill);
        return digest;
    }
}
