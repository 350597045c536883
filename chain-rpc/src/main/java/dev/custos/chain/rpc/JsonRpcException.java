package dev.custos.chain.rpc;

import org.jspecify.annotations.Nullable;

/** A JSON-RPC call failed: the node answered with an error object, or the exchange itself failed. */
public final class JsonRpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    /** The node answered {@code method} with error {@code code} and {@code message}. */
    public JsonRpcException(String method, int code, String message) {
        super(method + " failed with " + code + ": " + message);
        this.code = code;
    }

    /** The exchange for {@code method} failed before an answer ({@code code} 0). */
    public JsonRpcException(String method, String problem, @Nullable Throwable cause) {
        super(method + " failed: " + problem, cause);
        this.code = 0;
    }

    private JsonRpcException(String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = 0;
    }

    /** The node answered, but {@code what} in its answer {@code problem} (for example "is not a hex quantity"). */
    public static JsonRpcException malformed(String what, String problem, @Nullable Throwable cause) {
        return new JsonRpcException("the node's answer is malformed: " + what + " " + problem, cause);
    }

    /** The JSON-RPC error code; 0 when the exchange failed before an answer. */
    public int code() {
        return code;
    }
}
