package dev.custos.cli.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureCommandTest {
    /** Public keys of RFC 8032 section 7.1, tests 1 to 3, and of the 1024-byte test: valid Ed25519 points. */
    private static final String[] KEYS = {
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
        "278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e"
    };

    private static final String REGISTRY = """
            {"people": [
               {"name": "ivan", "roles": ["initiator"],
                "vetting": {"level": "basic", "valid_until": "2027-06-01T00:00:00Z"}},
               {"name": "bob", "roles": ["approver"],
                "vetting": {"level": "basic", "valid_until": "2027-06-01T00:00:00Z"}},
               {"name": "cleo", "roles": ["approver"],
                "vetting": {"level": "basic", "valid_until": "2026-11-01T00:00:00Z"}},
               {"name": "ada", "roles": ["admin"],
                "vetting": {"level": "enhanced", "valid_until": "2027-06-01T00:00:00Z"}},
               {"name": "abe", "roles": ["admin"],
                "vetting": {"level": "enhanced", "valid_until": "2027-06-01T00:00:00Z"}},
               {"name": "olga", "roles": ["operator"], "access": ["%s"],
                "vetting": {"level": "enhanced", "valid_until": "2027-06-01T00:00:00Z"}},
               {"name": "otto", "roles": ["operator"], "operates": ["n3"],
                "vetting": {"level": "enhanced", "valid_until": "2027-06-01T00:00:00Z"}}],
             "resources": [
               {"id": "host-a", "kind": "host", "nodes": ["n1"]},
               {"id": "host-b", "kind": "host", "nodes": ["n2"]},
               {"id": "aws", "kind": "cloud_account", "contains": ["host-a", "host-b"]}],
             "committee": {"nodes": ["n1", "n2", "n3"], "threshold": 2}}
            """;

    private static final String POLICY = """
            {"policy_version": 5, "name": "treasury",
             "governance": {"admin_quorum": 2, "timelock_seconds": 86400},
             "approvers": [
               {"name": "bob", "public_key": "%s", "groups": ["treasury"]},
               {"name": "cleo", "public_key": "%s", "groups": ["treasury"]},
               {"name": "ada", "public_key": "%s", "groups": ["admin"]},
               {"name": "abe", "public_key": "%s", "groups": ["admin"]}],
             "wallets": [{"id": "hot-eth", "tier": "hot", "chain": "ethereum"}],
             "rules": [
               {"id": "big", "effect": {"require_approvals": {"groups": ["treasury"], "quorum": 2}},
                "condition": "amount_usd >= 100000.0"},
               {"id": "allowlisted", "effect": "allow", "condition": "destination.active"}],
             "detection": {"unverified": "deny"},
             "prices": {"unpriced": "deny"}}
            """.formatted((Object[]) KEYS);

    @TempDir
    Path folder;

    private String write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    @Test
    void exposure_text_showsTableExamplesAndFindings() throws IOException {
        CliRun run = CliRun.of(
                "exposure",
                "--registry",
                write("registry.json", REGISTRY.formatted("host-a")),
                "--policy",
                write("policy.json", POLICY),
                "--now",
                "2026-12-07T12:00:00Z");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Exposure under policy version 5, vetting judged at 2026-12-07T12:00:00Z, floor 2")
                .containsPattern("hot-eth +2 \\(2 of 3 nodes\\) +3 +2 +86400 s +none")
                .contains("hot-eth sign_outside_policy: olga, otto")
                .contains("hot-eth pass_policy: ivan, bob, cleo")
                .contains("policy_governance: 2 people (abe, ada), time lock 86400 s")
                .contains("medium    vetting_expired: cleo holds a power but their vetting expired at"
                        + " 2026-11-01T00:00:00Z");
    }

    @Test
    void exposure_json_operatorWithCloudAccount_isSinglePointBelowFloor() throws IOException {
        CliRun run = CliRun.of(
                "exposure",
                "--registry",
                write("registry.json", REGISTRY.formatted("aws")),
                "--policy",
                write("policy.json", POLICY),
                "--now",
                "2026-12-07T12:00:00Z",
                "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).doesNotContain("\n");
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode wallet = report.get("wallets").get(0);
        assertThat(wallet.get("wallet").asText()).isEqualTo("hot-eth");
        assertThat(wallet.get("sign_outside_policy").asInt()).isEqualTo(1);
        assertThat(wallet.get("pass_policy").asInt()).isEqualTo(3);
        assertThat(wallet.get("change_policy").asInt()).isEqualTo(2);
        assertThat(wallet.get("time_lock_seconds").asLong()).isEqualTo(86_400);
        assertThat(wallet.get("single_points_of_failure").toString()).isEqualTo("[\"olga\"]");
        assertThat(report.get("floor").asInt()).isEqualTo(2);
        assertThat(report.get("findings").toString())
                .contains("\"code\":\"below_floor\"")
                .contains("hot-eth: sign_outside_policy is 1, below the floor of 2 (olga)");
    }

    @Test
    void exposure_beforeRegistry_reportsTheLoweredFigure() throws IOException {
        CliRun run = CliRun.of(
                "exposure",
                "--registry",
                write("after.json", REGISTRY.formatted("aws")),
                "--before-registry",
                write("before.json", REGISTRY.formatted("host-a")),
                "--policy",
                write("policy.json", POLICY),
                "--now",
                "2026-12-07T12:00:00Z");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("this change lowers the people needed to sign from hot-eth outside the policy from 2 to 1")
                .contains("high      lowered_below_floor")
                .contains("high      new_single_point_of_failure: this change makes olga a single point of failure");
    }

    @Test
    void exposure_quietRule_leavesItsApprovalsOut() throws IOException {
        CliRun run = CliRun.of(
                "exposure",
                "--registry",
                write("registry.json", REGISTRY.formatted("host-a")),
                "--policy",
                write("policy.json", POLICY),
                "--quiet-rule",
                "big",
                "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper()
                        .readTree(run.out())
                        .get("wallets")
                        .get(0)
                        .get("pass_policy")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void exposure_badRegistryField_exits2NamingIt() throws IOException {
        CliRun run = CliRun.of(
                "exposure",
                "--registry",
                write("registry.json", REGISTRY.formatted("host-a").replace("\"operates\"", "\"operate\"")),
                "--policy",
                write("policy.json", POLICY));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("people[6]: unknown field 'operate'");
    }

    @Test
    void exposure_committeeGivenTwice_orNotAtAll_exits2() throws IOException {
        String committee = write("committee.json", "{\"nodes\": [\"n1\"], \"threshold\": 1}");
        String policy = write("policy.json", POLICY);

        CliRun twice = CliRun.of(
                "exposure",
                "--registry",
                write("registry.json", REGISTRY.formatted("host-a")),
                "--policy",
                policy,
                "--committee",
                committee);
        CliRun none = CliRun.of("exposure", "--registry", write("bare.json", "{\"people\": []}"), "--policy", policy);

        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("the committee is given twice");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no committee: give --committee FILE");
    }

    @Test
    void exposure_unknownQuietRuleOrMissingFile_exits2() throws IOException {
        String registry = write("registry.json", REGISTRY.formatted("host-a"));
        String policy = write("policy.json", POLICY);

        CliRun quiet = CliRun.of("exposure", "--registry", registry, "--policy", policy, "--quiet-rule", "bigg");
        CliRun missing = CliRun.of("exposure", "--registry", registry, "--policy", folder + "/none.json");

        assertThat(quiet.exitCode()).isEqualTo(2);
        assertThat(quiet.err()).contains("quiet rule 'bigg'");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    /** The example in docs/PEOPLE.md is what the command prints for docs/examples/exposure. */
    @Test
    void exposure_docsExamples_printWhatPeopleMdShows() throws IOException {
        Path examples = Path.of("..", "docs", "examples", "exposure");
        String people = Files.readString(Path.of("..", "docs", "PEOPLE.md"));

        CliRun current = CliRun.of(
                "exposure",
                "--registry",
                examples.resolve("registry.json").toString(),
                "--policy",
                examples.resolve("policy.json").toString(),
                "--now",
                "2026-12-07T12:00:00Z");
        CliRun change = CliRun.of(
                "exposure",
                "--registry",
                examples.resolve("registry-after.json").toString(),
                "--before-registry",
                examples.resolve("registry.json").toString(),
                "--policy",
                examples.resolve("policy.json").toString(),
                "--now",
                "2026-12-07T12:00:00Z");

        assertThat(current.exitCode()).isZero();
        assertThat(people).contains("```\n" + current.out() + "```");
        assertThat(change.exitCode()).isZero();
        String comparison = change.out().substring(change.out().indexOf("Compared with the inputs"));
        assertThat(people).contains("```\n" + comparison + "```");
    }
}
