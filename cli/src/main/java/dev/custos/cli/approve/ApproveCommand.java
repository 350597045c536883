package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.output.JsonLines;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalFacts;
import dev.custos.policy.approval.digest.TransferText;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code custos approve}: approves a signing request on the approver's own machine. It fetches the request, decodes
 * the raw payload here, recomputes the approval digest v2 from what it decoded and refuses when the coordinator's digest
 * differs; otherwise it shows the decoded facts, asks for confirmation and posts an Ed25519 signature over the digest.
 */
@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        subcommands = {ApproveKeygenCommand.class, ApproveChangeCommand.class},
        description = {
            "Approves a signing request from this machine: fetches URL/requests/ID, decodes the raw payload here (raw"
                    + " Ethereum transaction, Safe transaction or PSBT), prints the decoded facts, recomputes the"
                    + " approval digest v2 (docs/POLICY.md) from them and refuses if the coordinator's digest differs,"
                    + " asks for confirmation (unless --yes), signs the digest with the device key in FILE and posts"
                    + " the approval to URL/requests/ID/approvals. What the coordinator displays is never trusted.",
            "Create a device key with 'custos approve keygen'; approve a policy change with 'custos approve change'.",
            "Exit code 0 when the approval was posted; 2 for bad arguments or an unusable key file; 1 when the API"
                    + " cannot be reached, answers an error or something malformed, or approving is refused (digest"
                    + " mismatch, expired, undecodable payload, not confirmed)."
        })
public final class ApproveCommand implements Callable<Integer> {
    private static final Set<String> APPROVABLE = Set.of("pending_approval", "delayed");

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--api",
            paramLabel = "URL",
            description = "The coordinator's API v1, e.g. http://127.0.0.1:8080/v1.")
    private String api;

    @Option(names = "--request", paramLabel = "ID", description = "The request to approve.")
    private String requestId;

    @Option(names = "--key", paramLabel = "FILE", description = "The device key file (custos approve keygen).")
    private Path keyFile;

    @Option(names = "--token-file", paramLabel = "F", description = "A file holding the API bearer token.")
    private Path tokenFile;

    @Option(names = "--yes", description = "Sign without asking for confirmation.")
    private boolean yes;

    @Option(names = "--json", description = "Print the result as one JSON object on one line.")
    private boolean json;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        URI base = ApiAccess.uri(requireArgument(api, "--api URL"));
        String id = requireArgument(requestId, "--request ID");
        if (id.isBlank() || id.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("--request must be a request id without control characters");
        }
        Optional<String> token = ApiAccess.token(tokenFile, base);
        DeviceKeyFile device = DeviceKeyFile.read(requireArgument(keyFile, "--key FILE"));
        try {
            return approve(new CoordinatorApi(base, token), id, device);
        } finally {
            device.key().destroy();
        }
    }

    private int approve(CoordinatorApi coordinator, String id, DeviceKeyFile device) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PendingRequest request = PendingRequest.parse(coordinator.request(id), "GET request " + id);
        if (!request.id().equals(id)) {
            throw new Refusal("asked for request " + id + ", the coordinator answered with request "
                    + CoordinatorApi.oneLine(request.id()));
        }
        request.status().filter(status -> !APPROVABLE.contains(status)).ifPresent(status -> {
            throw new Refusal(
                    "request " + id + " is " + CoordinatorApi.oneLine(status) + ", not waiting for approvals");
        });
        DecodedPayload decoded = LocalDecoding.decode(request);
        Instant now = clock.instant();
        if (!request.expiresAt().isAfter(now)) {
            throw new Refusal("the approval window of request " + id + " closed at " + request.expiresAt() + " (now "
                    + now + ")");
        }
        ApprovalFacts facts;
        try {
            facts = decoded.subject().facts(request.wallet(), id, request.policyVersion(), request.expiresAt());
        } catch (IllegalArgumentException e) {
            throw new Refusal("the request's terms cannot be approved: " + e.getMessage(), e);
        }
        if (!json) {
            ApprovalText.print(out, request, decoded, facts);
        }
        byte[] digest = ApprovalDigest.of(facts);
        if (!MessageDigest.isEqual(digest, request.digest())) {
            throw new Refusal(DigestMismatch.describe(request, decoded, facts, digest));
        }
        if (!json) {
            out.println("digest     " + TransferText.fingerprint(digest) + " (the console shows the same)");
            out.flush();
        }
        if (!yes && !Confirmation.ask(err, "Sign this approval as " + device.name() + "? [y/N] ")) {
            throw new Refusal("not confirmed");
        }
        byte[] signature = device.key().sign(digest);
        ObjectNode approval = JsonLines.object();
        approval.put("approver", device.name());
        approval.put("signature", HexFormat.of().formatHex(signature));
        approval.put("expires_at", request.expiresAt().toString());
        coordinator.approve(id, approval);
        if (json) {
            ObjectNode result = ApprovalText.json(request, decoded, facts);
            result.put("digest", HexFormat.of().formatHex(digest));
            result.put("approver", device.name());
            result.put("signature", HexFormat.of().formatHex(signature));
            result.put("approved", true);
            JsonLines.write(out, result);
        } else {
            out.println("approved request " + id + " as " + device.name());
            out.println("signature " + HexFormat.of().formatHex(signature));
            out.flush();
        }
        return 0;
    }

    private static <T> T requireArgument(T value, String option) {
        if (value == null) {
            throw new InvalidInput("missing " + option + "; see 'custos approve --help'");
        }
        return value;
    }
}
