package dev.custos.cli.coordinator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.output.JsonLines;
import dev.custos.coordinator.identity.CoordinatorIdentity;
import java.io.PrintWriter;

/** Prints the coordinator's identity; with {@code --json}: {@code {"ed25519_public_key", "fingerprint"}}. */
final class CoordinatorIdentityOutput {
    private CoordinatorIdentityOutput() {}

    static void print(PrintWriter out, CoordinatorIdentity identity, boolean json, String headline) {
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("ed25519_public_key", identity.key().toHex());
            object.put("fingerprint", identity.fingerprint());
            JsonLines.write(out, object);
            return;
        }
        out.println(headline);
        out.println("  fingerprint    " + identity.fingerprint());
        out.println("  ed25519 key    " + identity.key().toHex());
        out.println("  nodes pin it:  custos node run ... --coordinator-key "
                + identity.key().toHex());
        out.flush();
    }
}
