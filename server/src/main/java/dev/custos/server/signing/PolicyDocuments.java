package dev.custos.server.signing;

import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.PolicyParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks on a policy document before a cluster signs it and sends it to the nodes. */
public final class PolicyDocuments {
    private PolicyDocuments() {}

    /**
     * Refuses a document that is not UTF-8 or not a policy (docs/POLICY.md): signed, it would reach every node, and
     * a node refuses to sign under a policy it cannot read.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void requireValid(byte[] document) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the policy document is not UTF-8 text", e);
        }
        try {
            PolicyParser.parse(text);
        } catch (PolicyInputException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the policy document is not a valid policy: " + e.getMessage(), e);
        }
    }
}
