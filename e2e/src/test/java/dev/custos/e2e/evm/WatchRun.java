package dev.custos.e2e.evm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.IntelLoader;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.localevm.EvmNode;
import dev.custos.watch.WatchList;
import dev.custos.watch.follow.Follower;
import dev.custos.watch.follow.StateFile;
import dev.custos.watch.follow.StepReport;
import dev.custos.watch.follow.WatchSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Test only: the watcher over the hardhat node with a state file in a test folder and a sink that keeps the events,
 * and the detection pipeline the events then go through.
 */
final class WatchRun {
    private final EvmNode node;
    private final WatchList list;
    private final Path state;
    private final List<ObjectNode> delivered = new ArrayList<>();
    private final int confirmations;
    private final int maxRange;
    private final long firstBlock;
    private Follower follower;

    WatchRun(EvmNode node, WatchList list, Path folder, int confirmations, int maxRange) throws Exception {
        this.node = node;
        this.list = list;
        this.state = folder.resolve("checkpoint.json");
        this.confirmations = confirmations;
        this.maxRange = maxRange;
        this.firstBlock = node.blockNumber() + 1;
        restart();
    }

    /** A new follower on the same state file, as after a process restart. */
    void restart() throws Exception {
        follower = Follower.open(
                node,
                list,
                new WatchSettings(confirmations, maxRange, OptionalLong.of(firstBlock)),
                new StateFile(state),
                delivered::addAll,
                Clock.systemUTC());
    }

    /** One step. */
    StepReport step() throws Exception {
        return follower.step();
    }

    /** Steps until the follower reached the confirmed head; the events delivered meanwhile. */
    List<ObjectNode> catchUp() throws Exception {
        int before = delivered.size();
        for (int i = 0; i < 1000; i++) {
            if (follower.step().caughtUp(confirmations)) {
                return List.copyOf(delivered.subList(before, delivered.size()));
            }
        }
        throw new IllegalStateException("the follower did not catch up in 1000 steps");
    }

    /** Every event delivered so far. */
    List<ObjectNode> delivered() {
        return List.copyOf(delivered);
    }

    /** The actions of {@code events}. */
    static List<String> actions(List<ObjectNode> events) {
        return events.stream().map(event -> event.path("event.action").asText()).toList();
    }

    /** The events with {@code action}. */
    static List<ObjectNode> withAction(List<ObjectNode> events, String action) {
        return events.stream()
                .filter(event -> event.path("event.action").asText().equals(action))
                .toList();
    }

    /** Runs each event through a fresh standard detection pipeline; the alerts each one raised, in order. */
    static List<List<Alert>> detect(List<ObjectNode> events) {
        DetectionPipeline pipeline = DetectionPipeline.standard(IntelLoader.defaults(), ForestSettings.DEFAULT);
        EventParser parser = new EventParser();
        List<List<Alert>> alerts = new ArrayList<>();
        long line = 0;
        for (ObjectNode event : events) {
            ParsedLine parsed = parser.parse(event.toString(), ++line);
            if (!(parsed instanceof ParsedLine.Parsed ok)) {
                throw new IllegalStateException("detection cannot read " + event + ": " + parsed);
            }
            List<Alert> raised = new ArrayList<>();
            for (PipelineOutput output : pipeline.process(ok.event())) {
                if (output instanceof Alert alert) {
                    raised.add(alert);
                }
            }
            alerts.add(raised);
        }
        return alerts;
    }
}
