package dev.custos.cli.replay;

import dev.custos.cli.input.BadInputException;
import dev.custos.cli.intel.PipelineOptions;
import dev.custos.cli.output.JsonLines;
import dev.custos.detect.feedback.FeedbackSchedule;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.pipeline.Replay;
import dev.custos.detect.pipeline.ReplaySummary;
import dev.custos.detect.pipeline.StateFile;
import dev.custos.detect.state.InvalidStateException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code custos replay}: runs the detection and signing-gate pipeline over recorded ECS events. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the whole detection and signing-gate pipeline over recorded ECS events (one JSON object per line)"
                    + " in event-time order on a simulated clock; history in the file warms the models up.",
            "Prints one line per alert and per signing decision. Malformed lines are reported on stderr and skipped;"
                    + " exit code 2 when no line is an event.",
            "Event format: docs/EVENTS.md. Scoring and detectors: docs/DETECTION.md."
        })
public final class ReplayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.ndjson", description = "Recorded events, one per line ('-' for stdin).")
    private String file;

    @Option(
            names = "--json",
            description = "One JSON object per line: {\"type\":\"alert\",...} or {\"type\":\"decision\",...}.")
    private boolean json;

    @Mixin
    private PipelineOptions pipelineOptions;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description = "Engine state: restored from FILE before the replay if it exists, saved to it afterwards"
                    + " (atomically), so that baselines carry over between runs.")
    private Path stateFile;

    @Option(
            names = "--feedback",
            paramLabel = "FILE",
            description = "Analyst feedback, one JSON object per line: {\"type\":\"false_positive\",\"@timestamp\":..,"
                    + "\"alert_id\":..,\"by\":..,\"reason\":..} or {\"type\":\"suppression\",\"@timestamp\":..,\"id\":..,"
                    + "\"expires\":..,\"by\":..,\"reason\":.., \"detector\" and/or \"entity\" (type:id),"
                    + " optional \"feature\" and \"value\"}. Each line is applied when the replay clock reaches its"
                    + " timestamp.")
    private Path feedbackFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DetectionPipeline pipeline = pipelineOptions.pipeline();
        if (stateFile != null) {
            restoreState(pipeline);
            if (!pipeline.startedFresh().isEmpty()) {
                err.println("custos replay: state file " + stateFile + " has no state for " + pipeline.startedFresh()
                        + " (added since it was written); they start with empty baselines");
            }
        }
        FeedbackSchedule feedback = loadFeedback(err);
        ReplaySummary summary;
        try (BufferedReader reader = open()) {
            summary = Replay.run(
                    reader,
                    pipeline,
                    feedback,
                    malformed -> {
                        err.println("custos replay: skipped " + malformed.describe());
                        err.flush();
                    },
                    output -> {
                        if (json) {
                            JsonLines.write(out, OutputFormat.toJson(output));
                        } else {
                            out.println(OutputFormat.toText(output));
                            out.flush();
                        }
                    },
                    message -> {
                        err.println("custos replay: skipped " + message);
                        err.flush();
                    });
        }
        if (stateFile != null) {
            new StateFile(stateFile).save(pipeline);
        }
        err.printf(
                "custos replay: %d events, %d malformed lines skipped, %d alerts, %d signing decisions%n",
                summary.events(), summary.malformedLines(), summary.alerts(), summary.decisions());
        if (summary.events() == 0 && summary.malformedLines() > 0) {
            err.flush();
            throw new BadInputException("replay: no line of " + file + " is an event (" + summary.malformedLines()
                    + " malformed); is it the ECS format of docs/EVENTS.md?");
        }
        err.flush();
        return 0;
    }

    private FeedbackSchedule loadFeedback(PrintWriter err) {
        if (feedbackFile == null) {
            return FeedbackSchedule.empty();
        }
        if (!Files.isRegularFile(feedbackFile)) {
            throw new BadInputException("feedback file not found: " + feedbackFile);
        }
        try (BufferedReader reader = Files.newBufferedReader(feedbackFile, StandardCharsets.UTF_8)) {
            return FeedbackSchedule.read(reader, message -> {
                err.println("custos replay: skipped feedback " + message);
                err.flush();
            });
        } catch (IOException e) {
            throw new BadInputException("cannot read feedback file " + feedbackFile + ": " + e.getMessage(), e);
        }
    }

    private BufferedReader open() {
        if (file.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new BadInputException("not a file: " + file);
        }
        try {
            // A decoder that replaces bad bytes: an undecodable line becomes a malformed line, not a fatal error.
            return new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new BadInputException("file not found: " + file, e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void restoreState(DetectionPipeline pipeline) {
        try {
            new StateFile(stateFile).restoreIfPresent(pipeline);
        } catch (InvalidStateException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read state file " + stateFile + ": " + e.getMessage(), e);
        }
    }
}
