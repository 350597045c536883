package dev.custos.server.api;

/** Reads one text field out of a JSON answer, by JSON Pointer. */
final class StrictJsonTestSupport {
    private StrictJsonTestSupport() {}

    static String field(String json, String pointer) {
        return StrictJson.tree(json).at(pointer).asText();
    }
}
