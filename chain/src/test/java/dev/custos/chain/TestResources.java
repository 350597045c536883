package dev.custos.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test vectors from the classpath. */
public final class TestResources {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestResources() {}

    public static String text(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String path) {
        try {
            return MAPPER.readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hex without failure handling, for literals in tests. */
    public static byte[] hex(String text) {
        try {
            return Hex.decode(text);
        } catch (DecodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
