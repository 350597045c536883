package dev.custos.cli.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.output.JsonLines;
import dev.custos.node.identity.NodeIdentity;
import java.io.PrintWriter;
import java.util.HexFormat;

/**
 * Prints a node's public identity. With {@code --json}: one object {@code {"name", "ed25519_public_key",
 * "x25519_public_key", "fingerprint", "identity", "verified"}}, keys and {@code identity} (the CNID encoding of
 * docs/NODES.md) in hex; {@code verified} says whether it was checked against the keystore.
 */
final class IdentityOutput {
    private IdentityOutput() {}

    static void print(PrintWriter out, NodeIdentity identity, boolean verified, boolean json, String headline) {
        String encoded = HexFormat.of().formatHex(identity.encode());
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("name", identity.name());
            object.put("ed25519_public_key", identity.signingKey().toHex());
            object.put("x25519_public_key", identity.encryptionKey().toHex());
            object.put("fingerprint", identity.fingerprint());
            object.put("identity", encoded);
            object.put("verified", verified);
            JsonLines.write(out, object);
            return;
        }
        out.println(headline);
        out.println("  name           " + identity.name());
        out.println("  fingerprint    " + identity.fingerprint());
        out.println("  ed25519 key    " + identity.signingKey().toHex());
        out.println("  x25519 key     " + identity.encryptionKey().toHex());
        out.println("  identity       " + encoded);
        out.println(
                verified
                        ? "  verified       yes: the keystore holds these keys"
                        : "  verified       no: pass --passphrase-file or --key-file to check it against the keystore");
        out.flush();
    }
}
