package dev.custos.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/** The provider found through SLF4J's service loading, writing to a captured output. */
class JsonLogsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger CUSTOS = LoggerFactory.getLogger("dev.custos.detect.server.Demo");
    private static final Logger LIBRARY = LoggerFactory.getLogger("org.apache.kafka.clients.Demo");

    private final StringWriter output = new StringWriter();
    private JsonLogs.Redirection redirection;

    @BeforeEach
    void capture() {
        JsonLogs.useClock(Clock.fixed(Instant.parse("2025-03-12T10:05:30Z"), ZoneOffset.UTC));
        redirection = JsonLogs.writeTo(output);
    }

    @AfterEach
    void restore() {
        redirection.close();
        JsonLogs.configure(LogSettings.DEFAULT);
        JsonLogs.useClock(Clock.systemUTC());
        MDC.clear();
    }

    @Test
    void info_isOneJsonObjectOnOneLine_withTheDocumentedFields() throws IOException {
        CUSTOS.info("listening on {}:{}", "127.0.0.1", 8780);

        assertThat(output.toString()).endsWith(System.lineSeparator()).hasLineCount(1);
        assertThat(output.toString().strip())
                .isEqualTo("{\"timestamp\":\"2025-03-12T10:05:30.000Z\",\"level\":\"INFO\","
                        + "\"logger\":\"dev.custos.detect.server.Demo\",\"thread\":\""
                        + Thread.currentThread().getName()
                        + "\",\"message\":\"listening on 127.0.0.1:8780\"}");
    }

    @Test
    void mdcAndKeyValues_becomeTheContext() throws IOException {
        MDC.put("request_id", "req-7");
        CUSTOS.atWarn().addKeyValue("alert_id", "a-1").addKeyValue("attempt", 3).log("delivery failed");

        JsonNode line = lines().getFirst();
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("context").properties())
                .extracting(entry -> entry.getKey() + "=" + entry.getValue().asText())
                .containsExactly("alert_id=a-1", "attempt=3", "request_id=req-7");
    }

    @Test
    void exception_givesErrorAndStackTrace_andQuotesAreEscaped() throws IOException {
        CUSTOS.error("POST /v1/risk failed: \"boom\"\non two lines", new IllegalStateException("engine stopped"));

        assertThat(output.toString().strip()).doesNotContain("\n");
        JsonNode line = lines().getFirst();
        assertThat(line.get("message").asText()).isEqualTo("POST /v1/risk failed: \"boom\"\non two lines");
        assertThat(line.get("error").asText()).isEqualTo("java.lang.IllegalStateException: engine stopped");
        assertThat(line.get("stack_trace").asText())
                .startsWith("java.lang.IllegalStateException: engine stopped")
                .contains("JsonLogsTest");
    }

    @Test
    void levels_custosAtInfo_librariesAtWarn_byDefault() throws IOException {
        CUSTOS.debug("not written");
        LIBRARY.info("ConsumerConfig values: ...");
        LIBRARY.warn("connection to node -1 could not be established");
        CUSTOS.info("written");

        assertThat(lines())
                .extracting(line -> line.get("message").asText())
                .containsExactly("connection to node -1 could not be established", "written");
        assertThat(CUSTOS.isDebugEnabled()).isFalse();
        assertThat(LIBRARY.isInfoEnabled()).isFalse();
    }

    @Test
    void configure_changesTheLevels() throws IOException {
        JsonLogs.configure(new LogSettings(Level.WARN, Level.INFO));

        CUSTOS.info("not written");
        LIBRARY.info("written");

        assertThat(lines())
                .extracting(line -> line.get("logger").asText())
                .containsExactly("org.apache.kafka.clients.Demo");
    }

    @Test
    void redirectionClosed_goesBackToThePreviousOutput() {
        StringWriter inner = new StringWriter();
        JsonLogs.Redirection redirected = JsonLogs.writeTo(inner);
        CUSTOS.info("inner");
        redirected.close();
        CUSTOS.info("outer");

        assertThat(inner.toString()).contains("\"inner\"").doesNotContain("outer");
        assertThat(output.toString()).contains("\"outer\"").doesNotContain("inner");
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.toString().split(System.lineSeparator())) {
            if (!line.isEmpty()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return lines;
    }
}
