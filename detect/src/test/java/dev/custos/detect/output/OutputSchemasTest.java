package dev.custos.detect.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.ContractSchemas;
import dev.custos.detect.EventsDoc;
import dev.custos.detect.event.MalformedLine;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.IntelLoader;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.pipeline.Replay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The alert and decision objects against docs/schemas/alert.schema.json and decision.schema.json. */
class OutputSchemasTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ContractSchemas schemas = new ContractSchemas();
    private final EventsDoc doc = EventsDoc.load();

    @Test
    void schemas_areValidDraft202012Schemas() {
        for (String name : ContractSchemas.OUTPUTS) {
            assertThat(schemas.metaSchemaErrors(name)).as(name).isEmpty();
        }
    }

    @Test
    void docExamples_matchTheirSchema() {
        for (String name : ContractSchemas.OUTPUTS) {
            assertThat(schemas.errors(name, example(name))).as(name).isEmpty();
        }
    }

    @Test
    void replayOutputs_testScenario_matchTheirSchema() throws IOException {
        List<PipelineOutput> outputs = replayScenario();

        assertThat(outputs).hasAtLeastOneElementOfType(Alert.class).hasAtLeastOneElementOfType(SigningDecision.class);
        for (PipelineOutput output : outputs) {
            ObjectNode json = OutputFormat.toJson(output);
            String name = output instanceof Alert ? "alert" : "decision";
            assertThat(schemas.errors(name, json)).as(json.toString()).isEmpty();
        }
    }

    @Test
    void alert_severityOutsideTheVocabulary_isRejected() {
        JsonNode alert = changed("alert", node -> node.put("severity", "severe"));

        assertThat(schemas.errors("alert", alert)).anyMatch(error -> error.contains("severity"));
    }

    @Test
    void alert_withoutEntity_isRejected() {
        JsonNode alert = changed("alert", node -> node.remove("entity"));

        assertThat(schemas.errors("alert", alert)).anyMatch(error -> error.contains("entity"));
    }

    @Test
    void decision_riskAbove100OrNotAVerdict_isRejected() {
        JsonNode tooRisky = changed("decision", node -> node.put("risk", 101));
        JsonNode maybe = changed("decision", node -> node.put("decision", "maybe"));

        assertThat(schemas.errors("decision", tooRisky)).anyMatch(error -> error.contains("risk"));
        assertThat(schemas.errors("decision", maybe)).anyMatch(error -> error.contains("decision"));
    }

    private JsonNode example(String name) {
        String json = doc.examples().stream()
                .filter(example -> example.kind().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/EVENTS.md has no " + name + " example"))
                .json();
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private JsonNode changed(String name, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) example(name);
        change.accept(node);
        return node;
    }

    private static List<PipelineOutput> replayScenario() throws IOException {
        List<PipelineOutput> outputs = new ArrayList<>();
        List<MalformedLine> malformed = new ArrayList<>();
        try (InputStream in = OutputSchemasTest.class.getResourceAsStream("/scenarios/bybit-like.ndjson");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Replay.run(
                    reader,
                    DetectionPipeline.standard(IntelLoader.defaults(), ForestSettings.DEFAULT),
                    malformed::add,
                    outputs::add);
        }
        assertThat(malformed).isEmpty();
        return outputs;
    }
}
