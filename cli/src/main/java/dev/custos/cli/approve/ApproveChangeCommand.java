package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.output.JsonLines;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.governance.PolicyChange;
import dev.custos.policy.governance.StricterOnly;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code custos approve change}: an admin approves a governed policy change from their own machine. It fetches the
 * proposal and the active policy, parses both here, recomputes the change digest and the loosenings itself, refuses
 * when the coordinator's digest differs, shows what loosens, and posts an Ed25519 signature over the digest.
 */
@Command(
        name = "change",
        mixinStandardHelpOptions = true,
        description = {
            "Approves a governed policy change as an admin: fetches URL/policy/proposals/ID and the active policy"
                    + " (or reads it from --current FILE, a copy you trust), parses both here, recomputes the change"
                    + " digest (docs/POLICY.md, \"Policy changes\") and the loosenings, refuses if the coordinator's"
                    + " digest differs, prints what the change loosens, asks for confirmation (unless --yes), signs"
                    + " the digest with the device key in FILE and posts the approval. See docs/SERVER.md.",
            "Exit code 0 when the approval was posted; 2 for bad arguments or an unusable key file; 1 when the API"
                    + " cannot be reached, answers an error or something malformed, or approving is refused."
        })
public final class ApproveChangeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--api", paramLabel = "URL", required = true, description = "The coordinator's API v1.")
    private String api;

    @Option(names = "--proposal", paramLabel = "ID", required = true, description = "The proposal to approve.")
    private String proposalId;

    @Option(names = "--key", paramLabel = "FILE", required = true, description = "Your device key file.")
    private Path keyFile;

    @Option(names = "--token-file", paramLabel = "F", description = "A file holding the API bearer token.")
    private Path tokenFile;

    @Option(
            names = "--current",
            paramLabel = "FILE",
            description = "The active policy document as you know it; without it, the coordinator's copy is used.")
    private Path currentFile;

    @Option(names = "--yes", description = "Sign without asking for confirmation.")
    private boolean yes;

    @Option(names = "--json", description = "Print the result as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        URI base = ApiAccess.uri(api);
        if (proposalId.isBlank() || proposalId.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("--proposal must be a proposal id without control characters");
        }
        Optional<String> token = ApiAccess.token(tokenFile, base);
        DeviceKeyFile device = DeviceKeyFile.read(keyFile);
        try {
            return approve(new CoordinatorApi(base, token), device);
        } finally {
            device.key().destroy();
        }
    }

    private int approve(CoordinatorApi coordinator, DeviceKeyFile device) {
        PrintWriter out = spec.commandLine().getOut();
        JsonNode proposal = coordinator.proposal(proposalId);
        String status = text(proposal, "status");
        if (!status.equals("awaiting_approvals")) {
            throw new Refusal(
                    "proposal " + proposalId + " is " + CoordinatorApi.oneLine(status) + ", not waiting for approvals");
        }
        Policy current = currentFile != null
                ? parse(read(currentFile), "--current " + currentFile)
                : parse(coordinator.activePolicy().toString(), "the active policy the coordinator returned");
        JsonNode candidateNode = proposal.get("candidate");
        if (candidateNode == null || !candidateNode.isObject()) {
            throw new ApiFailure("malformed proposal: no 'candidate' object");
        }
        Policy candidate = parse(candidateNode.toString(), "the proposed policy");
        Instant proposedAt;
        try {
            proposedAt = Instant.parse(text(proposal, "proposed_at"));
        } catch (DateTimeParseException e) {
            throw new ApiFailure("malformed proposal: proposed_at is not an RFC 3339 time");
        }
        byte[] digest = new PolicyChange(current, candidate, proposedAt, List.of()).digest();
        String claimed = text(proposal, "digest");
        if (!claimed.matches("[0-9a-fA-F]{64}")
                || !MessageDigest.isEqual(digest, HexFormat.of().parseHex(claimed))) {
            throw new Refusal("the coordinator's change digest " + CoordinatorApi.oneLine(claimed)
                    + " is not the digest of version " + current.version() + " -> " + candidate.version()
                    + " proposed at " + proposedAt + " (" + HexFormat.of().formatHex(digest)
                    + "): it shows you one change and asks you to sign another");
        }
        List<String> loosenings = StricterOnly.loosenings(current, candidate);
        if (!json) {
            out.println("policy change " + proposalId + ": version " + current.version() + " -> " + candidate.version()
                    + ", proposed by " + CoordinatorApi.oneLine(text(proposal, "proposer")) + " at " + proposedAt);
            if (loosenings.isEmpty()) {
                out.println("stricter only: applies at once with one admin");
            } else {
                out.println("LOOSENS the policy (needs " + current.governance().adminQuorum()
                        + " admins, then a time lock of " + current.governance().timelockSeconds() + " s):");
                loosenings.forEach(loosening -> out.println("  - " + loosening));
            }
            out.println("digest " + HexFormat.of().formatHex(digest));
            out.flush();
        }
        if (!yes
                && !Confirmation.ask(
                        spec.commandLine().getErr(), "Sign this change as " + device.name() + "? [y/N] ")) {
            throw new Refusal("not confirmed");
        }
        byte[] signature = device.key().sign(digest);
        ObjectNode approval = JsonLines.object();
        approval.put("admin", device.name());
        approval.put("signature", HexFormat.of().formatHex(signature));
        JsonNode answer = coordinator.approveChange(proposalId, approval);
        String after = answer.path("status").asText("unknown");
        if (json) {
            ObjectNode result = JsonLines.object();
            result.put("proposal", proposalId);
            result.put("base_version", current.version());
            result.put("candidate_version", candidate.version());
            result.put("stricter_only", loosenings.isEmpty());
            ArrayNode list = result.putArray("loosenings");
            loosenings.forEach(list::add);
            result.put("digest", HexFormat.of().formatHex(digest));
            result.put("admin", device.name());
            result.put("signature", HexFormat.of().formatHex(signature));
            result.put("status", after);
            JsonLines.write(out, result);
        } else {
            out.println("approved change " + proposalId + " as " + device.name() + "; it is now "
                    + CoordinatorApi.oneLine(after));
            out.flush();
        }
        return 0;
    }

    private static Policy parse(String text, String what) {
        try {
            return PolicyParser.parse(text);
        } catch (PolicyInputException | IllegalArgumentException e) {
            throw new Refusal(what + " is not a valid policy: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInput("--current " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new ApiFailure("malformed proposal: field '" + field + "' is missing or not a string");
        }
        return value.asText();
    }
}
