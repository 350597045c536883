package dev.custos.server.reviews;

import static java.util.Objects.requireNonNull;

import dev.custos.server.people.PeopleStore;
import dev.custos.server.people.PowerUse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An access review of everyone in the registry, at the server's clock: each person's powers and what keeps them from
 * being least privilege — an approver who has not approved in {@link #APPROVER_IDLE}, a passkey never used since it
 * was enrolled more than {@link #DEVICE_UNUSED} ago, a token unused for {@link #TOKEN_UNUSED}, vetting that expires
 * within {@link #VETTING_WARNING} or has expired, an attestation overdue (every {@link #ATTESTATION_PERIOD} by
 * default, counted from when the person was registered until the first one), and leavers who still hold power.
 */
public final class AccessReview {
    public static final Duration APPROVER_IDLE = Duration.ofDays(90);
    public static final Duration DEVICE_UNUSED = Duration.ofDays(30);
    public static final Duration TOKEN_UNUSED = Duration.ofDays(90);
    public static final Duration VETTING_WARNING = Duration.ofDays(30);
    public static final Duration ATTESTATION_PERIOD = Duration.ofDays(90);

    private final PeopleStore people;
    private final PowerCatalogue powers;
    private final PowerUse uses;
    private final Attestations attestations;
    private final Clock clock;

    public AccessReview(
            PeopleStore people, PowerCatalogue powers, PowerUse uses, Attestations attestations, Clock clock) {
        this.people = requireNonNull(people, "people is null");
        this.powers = requireNonNull(powers, "powers is null");
        this.uses = requireNonNull(uses, "uses is null");
        this.attestations = requireNonNull(attestations, "attestations is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * One person in the review.
     *
     * @param powers what they hold
     * @param attestation their latest attestation, if any
     * @param nextDue when their next attestation is due
     * @param findings what the review found, most severe first
     */
    public record Entry(
            PersonPowers powers,
            Optional<Attestations.Attestation> attestation,
            Instant nextDue,
            List<ReviewFinding> findings) {
        public Entry {
            requireNonNull(powers, "powers is null");
            requireNonNull(attestation, "attestation is null");
            requireNonNull(nextDue, "nextDue is null");
            findings = List.copyOf(findings);
        }

        /** As the API answers it. */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("person", powers.person());
            json.put("powers", powers);
            json.put(
                    "attestation",
                    attestation.map(Attestations.Attestation::toJson).orElse(null));
            json.put("next_attestation_due", nextDue.toString());
            json.put("findings", findings);
            return json;
        }
    }

    /** The review of everyone, now. */
    public List<Entry> review() {
        Instant now = clock.instant();
        Map<String, Instant> registered = people.registeredAt();
        Map<String, Instant> lastApprovals = uses.lastUses();
        Map<String, Attestations.Attestation> attested = attestations.latest();
        List<Entry> entries = new ArrayList<>();
        for (PersonPowers person : powers.all()) {
            Instant since = registered.getOrDefault(person.person(), now);
            Optional<Attestations.Attestation> attestation = Optional.ofNullable(attested.get(person.person()));
            Instant nextDue = attestation.map(Attestations.Attestation::nextDue).orElse(since.plus(ATTESTATION_PERIOD));
            List<ReviewFinding> findings = person.employment().equals("left")
                    ? List.of()
                    : findings(person, now, since, lastApprovals.get(person.person()), nextDue);
            entries.add(new Entry(person, attestation, nextDue, findings));
        }
        return entries;
    }

    private static List<ReviewFinding> findings(
            PersonPowers person, Instant now, Instant registered, Instant lastApproval, Instant nextDue) {
        String name = person.person();
        List<ReviewFinding> high = new ArrayList<>();
        List<ReviewFinding> medium = new ArrayList<>();
        List<ReviewFinding> low = new ArrayList<>();
        Instant validUntil = Instant.parse(person.vetting().validUntil());
        if (!validUntil.isAfter(now)) {
            high.add(new ReviewFinding(
                    "vetting_expired",
                    "high",
                    name + "'s vetting expired at " + validUntil + ": renew it or remove their power"));
        } else if (validUntil.isBefore(now.plus(VETTING_WARNING))) {
            medium.add(new ReviewFinding(
                    "vetting_expiring",
                    "medium",
                    name + "'s vetting expires at " + validUntil + ", within " + VETTING_WARNING.toDays() + " days"));
        }
        if (person.holdsPower() && now.isAfter(nextDue)) {
            medium.add(new ReviewFinding(
                    "attestation_overdue",
                    "medium",
                    "the attestation that " + name + " still needs their power was due at " + nextDue));
        }
        if (!person.approverGroups().isEmpty()) {
            Instant idleSince = lastApproval == null || lastApproval.isBefore(registered) ? registered : lastApproval;
            if (!idleSince.isAfter(now.minus(APPROVER_IDLE))) {
                medium.add(new ReviewFinding(
                        "approver_idle",
                        "medium",
                        name + " approves in " + person.approverGroups() + " but "
                                + (lastApproval == null
                                        ? "has not approved anything"
                                        : "last approved at " + lastApproval)
                                + " (more than " + APPROVER_IDLE.toDays()
                                + " days): remove the power they do not use"));
            }
        }
        for (PersonPowers.PasskeyUse passkey : person.passkeys()) {
            Instant enrolled = Instant.parse(passkey.createdAt());
            if (passkey.lastUsedAt() == null && !enrolled.isAfter(now.minus(DEVICE_UNUSED))) {
                low.add(new ReviewFinding(
                        "passkey_unused",
                        "low",
                        name + "'s passkey " + abbreviate(passkey.credentialId()) + " has not been used since it was"
                                + " enrolled at " + enrolled));
            }
        }
        for (PersonPowers.Token token : person.tokens()) {
            Instant used =
                    token.lastUsedAt() == null ? Instant.parse(token.createdAt()) : Instant.parse(token.lastUsedAt());
            if (!used.isAfter(now.minus(TOKEN_UNUSED))) {
                low.add(new ReviewFinding(
                        "token_unused",
                        "low",
                        name + "'s API token " + token.device() + " " + token.roles() + " has not been used since "
                                + used + ": revoke it"));
            }
        }
        if (person.employment().equals("leaving") && person.holdsPower()) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            LocalDate lastDay = LocalDate.parse(person.leavingOn());
            if (lastDay.isBefore(today)) {
                high.add(new ReviewFinding(
                        "last_day_passed",
                        "high",
                        name + "'s last day was " + lastDay + " and they still hold power: offboard them"));
            } else {
                low.add(new ReviewFinding(
                        "leaving_with_power",
                        "low",
                        name + " leaves on " + lastDay + " and still holds power: " + RetainedPower.of(person)));
            }
        }
        List<ReviewFinding> all = new ArrayList<>(high);
        all.addAll(medium);
        all.addAll(low);
        return all;
    }

    private static String abbreviate(String credentialId) {
        return credentialId.length() <= 16 ? credentialId : credentialId.substring(0, 16) + "…";
    }
}
