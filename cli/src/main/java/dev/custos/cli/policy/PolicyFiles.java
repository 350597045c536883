package dev.custos.cli.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.input.BadInputException;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the JSON files the policy commands take, mapping every problem to a clear bad-input message. */
final class PolicyFiles {
    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private PolicyFiles() {}

    static JsonNode readJson(String name, String option) {
        byte[] bytes;
        try {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                throw new BadInputException("cannot read " + option + " file '" + name + "': it is a directory");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + option + " file '" + name + "': no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read " + option + " file '" + name + "': permission denied");
        } catch (InvalidPathException e) {
            throw new BadInputException("cannot read " + option + " file '" + name + "': invalid path");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + option + " file '" + name + "'", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(option + " file '" + name + "' is larger than 16 MiB");
        }
        try {
            JsonNode node = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new BadInputException(option + " file '" + name + "' must hold one JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException(option + " file '" + name + "' is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The policy named by {@code --policy}, or the shipped baseline. */
    static Policy policy(String name) {
        if (name == null) {
            return PolicyParser.baseline();
        }
        try {
            return PolicyParser.parse(readJson(name, "--policy"));
        } catch (PolicyInputException e) {
            throw new BadInputException("--policy " + name + ": " + e.getMessage(), e);
        }
    }

    static Instant instant(String text, String option) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(
                    option + " must be an RFC 3339 time such as 2026-03-02T12:00:00Z, got '" + text + "'");
        }
    }
}
