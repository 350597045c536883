package dev.custos.policy.approval.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.intent.Transfer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads the approval digest v2 test vectors from the test resources. */
final class DigestVectors {
    static final String FOLDER = "/approval/";
    static final String VECTORS = FOLDER + "approval-digest-v2-vectors.json";
    static final String SCRIPT = FOLDER + "approval-digest-v2.js";

    /** One vector: its name, facts, expected encoding and digest. */
    record Vector(String name, ApprovalFacts facts, byte[] encoding, byte[] digest) {
        @Override
        public String toString() {
            return name;
        }
    }

    private DigestVectors() {}

    static JsonNode document() {
        try (InputStream in = Objects.requireNonNull(DigestVectors.class.getResourceAsStream(VECTORS), VECTORS)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Vector> all() {
        List<Vector> vectors = new ArrayList<>();
        for (JsonNode vector : document().get("vectors")) {
            vectors.add(new Vector(
                    vector.get("name").asText(),
                    facts(vector.get("facts")),
                    HexFormat.of().parseHex(vector.get("encoding").asText()),
                    HexFormat.of().parseHex(vector.get("digest").asText())));
        }
        return vectors;
    }

    static ApprovalFacts facts(JsonNode facts) {
        List<Transfer> transfers = new ArrayList<>();
        for (JsonNode transfer : facts.get("transfers")) {
            transfers.add(new Transfer(
                    Transfer.Kind.valueOf(transfer.get("kind").asText().toUpperCase(Locale.ROOT)),
                    transfer.get("asset").asText(),
                    transfer.get("recipient").asText(),
                    new BigInteger(transfer.get("amount").asText())));
        }
        return new ApprovalFacts(
                ApprovalChain.parse(facts.get("chain").asText()),
                facts.get("network").asText(),
                facts.get("wallet_id").asText(),
                PayloadKind.parse(facts.get("payload_kind").asText()),
                HexFormat.of().parseHex(facts.get("signed_hash").asText()),
                transfers,
                facts.get("policy_version").asLong(),
                Instant.ofEpochSecond(facts.get("expires_at").asLong()),
                facts.get("request_id").asText());
    }

    /** The file a classpath resource was copied to (the test classes folder). */
    static Path file(String resource) {
        try {
            return Path.of(Objects.requireNonNull(DigestVectors.class.getResource(resource), resource)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
