package dev.custos.cli.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.input.BadInputException;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.policy.velocity.VelocityTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads {@code --history}: past requests, one JSON event per line, into a velocity tracker. */
final class History {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private History() {}

    /** The tracker fed with the events strictly before {@code before}, in time order. */
    static VelocityTracker read(String name, Instant before) {
        VelocityTracker tracker = new VelocityTracker();
        if (name == null) {
            return tracker;
        }
        List<String> lines;
        try {
            Path path = Path.of(name);
            if (Files.isRegularFile(path) && Files.size(path) > MAX_BYTES) {
                throw new BadInputException("--history file '" + name + "' is larger than 64 MiB");
            }
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read --history file '" + name + "': no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --history file '" + name + "'", e);
        }
        List<PastRequest> past = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode event = MAPPER.readTree(line);
                PastRequest request = RequestParser.pastRequest(event);
                if (request.timestamp().isBefore(before)) {
                    past.add(request);
                }
            } catch (JsonProcessingException e) {
                throw new BadInputException("--history " + name + " line " + (i + 1) + ": not valid JSON");
            } catch (PolicyInputException | IllegalArgumentException e) {
                throw new BadInputException("--history " + name + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        past.sort(Comparator.comparing(PastRequest::timestamp));
        past.forEach(tracker::record);
        return tracker;
    }
}
