package dev.custos.detect.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.ContractSchemas;
import dev.custos.detect.EventsDoc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * docs/EVENTS.md and docs/schemas against the parser, and the schemas' strictness ({@code detect-sim} checks the
 * simulator's events against them).
 */
class EventSchemasTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EventSchemas schemas = new EventSchemas();
    private final EventParser parser = new EventParser();
    private final EventsDoc doc = EventsDoc.load();

    @Test
    void schemas_areValidDraft202012Schemas() {
        List<String> names = new ArrayList<>(ContractSchemas.EVENT_KINDS);
        names.add(ContractSchemas.COMMON);
        names.add(ContractSchemas.ANY_EVENT);
        for (String name : names) {
            assertThat(schemas.metaSchemaErrors(name)).as(name).isEmpty();
        }
    }

    @Test
    void docExamples_oneForEveryKindAndOutput() {
        List<String> expected = new ArrayList<>(ContractSchemas.EVENT_KINDS);
        expected.addAll(ContractSchemas.OUTPUTS);

        assertThat(doc.examples().stream().map(EventsDoc.Example::kind)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void docExamples_parseAndMatchTheirKindSchema() {
        for (EventsDoc.Example example : eventExamples()) {
            Event event = parse(example.json());
            assertThat(EventSchemas.kindOf(event)).as(example.kind()).contains(example.kind());
            assertThat(schemas.errors(example.kind(), event)).as(example.kind()).isEmpty();
            assertThat(schemas.errors(ContractSchemas.ANY_EVENT, event))
                    .as(example.kind())
                    .isEmpty();
        }
    }

    @Test
    void signingRequest_amountOfWrongType_parsesButIsRejected() {
        for (JsonNode amount : List.<JsonNode>of(
                MAPPER.getNodeFactory().booleanNode(true),
                MAPPER.getNodeFactory().textNode("lots"),
                MAPPER.getNodeFactory().numberNode(-5))) {
            Event event = signingRequest(request -> request.set("custos.tx.amount_usd", amount));

            assertThat(schemas.errors("signing-request", event))
                    .as(amount.toString())
                    .anyMatch(error -> error.contains("custos.tx.amount_usd"));
            assertThat(schemas.errors(ContractSchemas.ANY_EVENT, event))
                    .as(amount.toString())
                    .isNotEmpty();
        }
    }

    @Test
    void signingRequest_userNameNotText_isRejected() {
        Event event = signingRequest(request -> request.put("user.name", 42));

        assertThat(schemas.errors("signing-request", event)).anyMatch(error -> error.contains("user.name"));
    }

    @Test
    void signingRequest_missingRequiredField_isRejectedByItsKindOnly() {
        Event event = signingRequest(request -> request.remove("custos.wallet.id"));

        assertThat(schemas.errors("signing-request", event)).anyMatch(error -> error.contains("custos.wallet.id"));
        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, event)).isNotEmpty();
        assertThat(schemas.errors(ContractSchemas.COMMON, event)).isEmpty();
    }

    @Test
    void signingRequest_tierOutsideTheVocabulary_isRejected() {
        Event event = signingRequest(request -> request.put("custos.wallet.tier", "lukewarm"));

        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, event))
                .anyMatch(error -> error.contains("custos.wallet.tier"));
    }

    @Test
    void walletAccess_withoutTransactionFields_isValidAndNotASigningRequest() {
        Event view = parse("{\"@timestamp\":\"2025-03-12T10:05:30Z\",\"event.category\":\"api\","
                + "\"event.action\":\"wallet.view\",\"user.name\":\"omar.ops\",\"custos.wallet.id\":\"hot-eth\"}");

        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, view)).isEmpty();
        assertThat(schemas.errors("signing-request", view)).isNotEmpty();
    }

    @Test
    void unknownKind_isCheckedAgainstTheSharedFieldsOnly() {
        String badge = "{\"@timestamp\":\"2025-03-12T10:05:30Z\",\"event\":{\"category\":\"physical_access\","
                + "\"action\":\"badge.swipe\"},\"door\":{\"id\":\"lobby\"}";

        assertThat(EventSchemas.kindOf(parse(badge + "}"))).isEmpty();
        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, parse(badge + "}")))
                .isEmpty();
        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, parse(badge + ",\"event.outcome\":\"maybe\"}")))
                .anyMatch(error -> error.contains("event.outcome"));
    }

    @Test
    void hostKinds_wrongValues_areRejectedNamingTheField() {
        String flow = "{\"@timestamp\":\"2025-03-12T10:15:03Z\",\"event.category\":\"network\","
                + "\"event.action\":\"flow\",\"host.name\":\"h\",\"destination.ip\":\"203.0.113.7\"";
        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, parse(flow + "}"))).isEmpty();
        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, parse(flow + ",\"destination.port\":70000}")))
                .anyMatch(error -> error.contains("destination.port"));
        assertThat(schemas.errors(ContractSchemas.ANY_EVENT, parse(flow + ",\"source.bytes\":\"lots\"}")))
                .anyMatch(error -> error.contains("source.bytes"));
        assertThat(schemas.errors(
                        ContractSchemas.ANY_EVENT,
                        parse("{\"@timestamp\":\"2025-03-12T10:15:03Z\",\"event.category\":\"network\","
                                + "\"event.action\":\"dns.query\",\"host.name\":\"h\","
                                + "\"dns.question.name\":\"a b.example\"}")))
                .anyMatch(error -> error.contains("dns.question.name"));
        assertThat(schemas.errors(
                        ContractSchemas.ANY_EVENT,
                        parse("{\"@timestamp\":\"2025-03-12T10:15:03Z\",\"event.category\":\"email\","
                                + "\"event.action\":\"received\",\"user.name\":\"a\","
                                + "\"email.from.address\":\"nobody\"}")))
                .anyMatch(error -> error.contains("email.from.address"));
        assertThat(schemas.errors(
                        ContractSchemas.ANY_EVENT,
                        parse("{\"@timestamp\":\"2025-03-12T10:15:03Z\",\"event.category\":\"file\","
                                + "\"event.action\":\"package_install\",\"host.name\":\"h\"}")))
                .anyMatch(error -> error.contains("package.name"));
    }

    @Test
    void docMalformedLines_giveTheDocumentedReasons() {
        List<EventsDoc.MalformedExample> rows = doc.malformedLines();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        for (EventsDoc.MalformedExample row : rows) {
            ParsedLine parsed = parser.parse(row.line(), 1);
            assertThat(parsed).as(row.line()).isInstanceOf(ParsedLine.Malformed.class);
            assertThat(((ParsedLine.Malformed) parsed).line().reason())
                    .as(row.line())
                    .startsWith(row.reasonStart());
        }
    }

    private List<EventsDoc.Example> eventExamples() {
        return doc.examples().stream()
                .filter(example -> ContractSchemas.EVENT_KINDS.contains(example.kind()))
                .toList();
    }

    /** The signing-request example of docs/EVENTS.md, changed, on one line, through the parser. */
    private Event signingRequest(Consumer<ObjectNode> change) {
        EventsDoc.Example example = doc.examples().stream()
                .filter(candidate -> candidate.kind().equals("signing-request"))
                .findFirst()
                .orElseThrow();
        ObjectNode request = (ObjectNode) readTree(example.json());
        change.accept(request);
        return parse(request.toString());
    }

    /** Parses one event, which may be pretty-printed, as the one line it would be on the wire. */
    private Event parse(String json) {
        ParsedLine parsed = parser.parse(readTree(json).toString(), 1);
        assertThat(parsed).as(json).isInstanceOf(ParsedLine.Parsed.class);
        return ((ParsedLine.Parsed) parsed).event();
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
