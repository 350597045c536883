package dev.custos.cli.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.verify.AuditReport;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.input.ExitCodes;
import dev.custos.cli.output.JsonLines;
import dev.custos.server.audit.AuditVerification;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos audit verify}: checks every entry of the audit log against its signed checkpoints. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Checks every entry of the server's audit log against its signed checkpoints: offline from a data folder"
                    + " (--data DIR), or through the API with an auditor's or admin's token (--api URL --token-file"
                    + " F). See docs/AUDIT.md.",
            "Exit code 0 when the log is intact (a summary is printed); 1 when it is not (the first bad entry is"
                    + " named) or it cannot be read; 2 for bad input."
        })
public final class AuditVerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(
            names = "--log-key",
            paramLabel = "FILE",
            description = "With --api: the log's verifier key (the server's DIR/server/audit-log.vkey), as you"
                    + " received it from its operators. Required with --api: the server is not trusted to name its"
                    + " own key.")
    private Path logKey;

    @Option(names = "--json", description = "Print the result as one JSON object on one line.")
    private boolean json;

    static final class Source {
        @Option(names = "--data", paramLabel = "DIR", required = true, description = "The server's data folder.")
        Path data;

        @ArgGroup(exclusive = false)
        Remote remote;
    }

    static final class Remote {
        @Option(names = "--api", paramLabel = "URL", required = true, description = "The API, e.g. http://host:8080/v1")
        String api;

        @Option(
                names = "--token-file",
                paramLabel = "F",
                required = true,
                description = "A file holding an auditor's or admin's bearer token.")
        Path tokenFile;
    }

    @Override
    public Integer call() {
        AuditReport report;
        try {
            report = source.data != null ? AuditVerification.offline(source.data) : remote();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log: " + e.getMessage(), e);
        }
        print(report);
        return report.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private AuditReport remote() throws IOException {
        if (logKey == null) {
            throw new BadInputException("--api needs --log-key FILE: the log's verifier key, as its operators gave it");
        }
        URI api;
        try {
            api = new URI(source.remote.api);
        } catch (URISyntaxException e) {
            throw new BadInputException("--api " + source.remote.api + " is not a URL: " + e.getMessage(), e);
        }
        String token = read(source.remote.tokenFile, "--token-file").strip();
        NoteVerifierKey key;
        try {
            key = NoteVerifierKey.parse(read(logKey, "--log-key").strip());
        } catch (NoteException e) {
            throw new BadInputException("--log-key " + logKey + " is not a note verifier key: " + e.getMessage(), e);
        }
        return AuditVerification.remote(api, token, key);
    }

    private static String read(Path file, String option) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(option + " " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void print(AuditReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode line = JsonLines.object();
            line.put("intact", report.intact());
            line.put("entries", report.entries());
            line.put("checkpoints", report.checkpoints());
            report.firstBadEntry().ifPresent(index -> line.put("first_bad_entry", index));
            line.put("summary", report.summary());
            JsonLines.write(out, line);
        } else {
            out.println(report.summary());
        }
        out.flush();
    }
}
