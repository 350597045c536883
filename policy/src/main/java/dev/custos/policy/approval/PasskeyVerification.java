package dev.custos.policy.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.policy.model.Approver;
import dev.custos.policy.model.Base64Url;
import dev.custos.policy.model.Passkey;
import dev.custos.policy.model.WebAuthn;
import dev.custos.policy.request.PasskeyAssertion;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * Verifies a WebAuthn assertion (W3C Web Authentication Level 2, §7.2 "Verifying an Authentication Assertion") made
 * with one of an approver's passkeys, where the challenge is the 32-byte approval digest v2 the verifier computed
 * itself. Depends only on Bouncy Castle and Jackson, so every signer node runs it with no trust in the server that
 * relayed the assertion (docs/POLICY.md, "Passkeys").
 *
 * <p>Checked, in order: the credential is one of this approver's passkeys; the client data is a strict UTF-8 JSON
 * object (no duplicate keys) with {@code type} {@code webauthn.get}, {@code challenge} the digest in unpadded base64url,
 * {@code origin} one of the policy's origins exactly and {@code crossOrigin} absent or false; the authenticator data
 * names the policy's RP id by SHA-256, has the user-present and user-verified flags, consistent backup flags and no
 * attested credential data;
 * and the passkey's signature verifies over {@code authenticatorData || SHA-256(clientDataJSON)}. The signature
 * counter is not checked: synced passkeys report 0, and a replayed assertion is bound to one request, payload, policy
 * version and expiry by its challenge, and counts once like any duplicate approval.
 */
public final class PasskeyVerification {
    /** The client data type of an assertion. */
    public static final String ASSERTION_TYPE = "webauthn.get";

    static final int FLAG_USER_PRESENT = 0x01;
    static final int FLAG_USER_VERIFIED = 0x04;
    static final int FLAG_BACKUP_ELIGIBLE = 0x08;
    static final int FLAG_BACKED_UP = 0x10;
    static final int FLAG_ATTESTED_DATA = 0x40;
    static final int FLAG_EXTENSION_DATA = 0x80;

    private static final int RP_ID_HASH_LENGTH = 32;
    private static final int FLAGS_OFFSET = 32;
    private static final int FIXED_LENGTH = 37;
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PasskeyVerification() {}

    /**
     * Why {@code assertion} does not prove that {@code approver} approved {@code digest}; empty when it does.
     *
     * @param webauthn the policy's relying party, empty when the policy has none (then no passkey counts)
     * @param approver the approver the assertion is claimed for
     * @param digest the approval digest v2 the verifier computed from the request
     * @param assertion the assertion as received
     */
    public static Optional<String> refusal(
            Optional<WebAuthn> webauthn, Approver approver, byte[] digest, PasskeyAssertion assertion) {
        if (webauthn.isEmpty()) {
            return Optional.of("the policy has no webauthn section, so no passkey approval counts");
        }
        Optional<Passkey> passkey = approver.passkey(assertion.credentialId());
        if (passkey.isEmpty()) {
            return Optional.of("credential " + shortId(assertion.credentialId()) + " is not one of " + approver.name()
                    + "'s passkeys");
        }
        Optional<String> clientData = checkClientData(webauthn.get(), digest, assertion.clientDataJson());
        if (clientData.isPresent()) {
            return clientData;
        }
        Optional<String> authenticatorData = checkAuthenticatorData(webauthn.get(), assertion.authenticatorData());
        if (authenticatorData.isPresent()) {
            return authenticatorData;
        }
        if (!signatureVerifies(passkey.get(), assertion)) {
            return Optional.of("the passkey signature does not verify over the authenticator data and client data");
        }
        return Optional.empty();
    }

    private static Optional<String> checkClientData(WebAuthn webauthn, byte[] digest, byte[] clientDataJson) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(clientDataJson))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.of("the client data is not UTF-8");
        }
        JsonNode clientData;
        try {
            clientData = STRICT_JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.of("the client data is not strict JSON: " + e.getOriginalMessage());
        }
        if (clientData == null || !clientData.isObject()) {
            return Optional.of("the client data is not a JSON object");
        }
        JsonNode type = clientData.get("type");
        if (type == null || !type.isTextual() || !type.asText().equals(ASSERTION_TYPE)) {
            return Optional.of("the client data type is " + describe(type) + ", not " + ASSERTION_TYPE);
        }
        JsonNode challenge = clientData.get("challenge");
        if (challenge == null || !challenge.isTextual()) {
            return Optional.of("the client data has no challenge");
        }
        byte[] challengeBytes;
        try {
            challengeBytes = Base64Url.decode(challenge.asText(), "the client data challenge");
        } catch (IllegalArgumentException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
        if (!MessageDigest.isEqual(challengeBytes, digest)) {
            return Optional.of("the challenge is not this request's approval digest (it was made for another"
                    + " request, payload, policy version or expiry)");
        }
        JsonNode origin = clientData.get("origin");
        if (origin == null || !origin.isTextual() || !webauthn.allowsOrigin(origin.asText())) {
            return Optional.of("the client data origin " + describe(origin) + " is not one of the policy's origins");
        }
        JsonNode crossOrigin = clientData.get("crossOrigin");
        if (crossOrigin != null && !(crossOrigin.isBoolean() && !crossOrigin.asBoolean())) {
            return Optional.of("the assertion was made in a cross-origin frame (crossOrigin is " + crossOrigin + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> checkAuthenticatorData(WebAuthn webauthn, byte[] authenticatorData) {
        if (authenticatorData.length < FIXED_LENGTH) {
            return Optional.of(
                    "the authenticator data is " + authenticatorData.length + " bytes, shorter than " + FIXED_LENGTH);
        }
        byte[] expected = sha256(webauthn.rpId().getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(Arrays.copyOf(authenticatorData, RP_ID_HASH_LENGTH), expected)) {
            return Optional.of("the authenticator data's RP id hash is not SHA-256 of " + webauthn.rpId());
        }
        int flags = authenticatorData[FLAGS_OFFSET] & 0xff;
        if ((flags & FLAG_USER_PRESENT) == 0) {
            return Optional.of("the authenticator data lacks the user-present flag (UP)");
        }
        if ((flags & FLAG_USER_VERIFIED) == 0) {
            return Optional.of("the authenticator data lacks the user-verified flag (UV): the user was not verified");
        }
        if ((flags & FLAG_BACKED_UP) != 0 && (flags & FLAG_BACKUP_ELIGIBLE) == 0) {
            return Optional.of("the authenticator data says backed up (BS) but not backup eligible (BE), which no"
                    + " authenticator reports");
        }
        if ((flags & FLAG_ATTESTED_DATA) != 0) {
            return Optional.of(
                    "the authenticator data carries attested credential data (AT), which an assertion" + " never does");
        }
        if ((flags & FLAG_EXTENSION_DATA) == 0 && authenticatorData.length != FIXED_LENGTH) {
            return Optional.of("the authenticator data has " + (authenticatorData.length - FIXED_LENGTH)
                    + " trailing bytes without the extension data flag (ED)");
        }
        return Optional.empty();
    }

    private static boolean signatureVerifies(Passkey passkey, PasskeyAssertion assertion) {
        byte[] authenticatorData = assertion.authenticatorData();
        byte[] signed = ByteBuffer.allocate(authenticatorData.length + 32)
                .put(authenticatorData)
                .put(sha256(assertion.clientDataJson()))
                .array();
        byte[] signature = assertion.signature();
        return switch (passkey.verificationKey()) {
            case ECPublicKeyParameters key -> {
                BigInteger[] rs;
                try {
                    rs = StandardDSAEncoding.INSTANCE.decode(key.getParameters().getN(), signature);
                } catch (IOException | IllegalArgumentException e) {
                    yield false;
                }
                ECDSASigner verifier = new ECDSASigner();
                verifier.init(false, key);
                yield verifier.verifySignature(sha256(signed), rs[0], rs[1]);
            }
            case Ed25519PublicKeyParameters key -> {
                if (signature.length != 64) {
                    yield false;
                }
                Ed25519Signer verifier = new Ed25519Signer();
                verifier.init(false, key);
                verifier.update(signed, 0, signed.length);
                yield verifier.verifySignature(signature);
            }
            default -> false;
        };
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        String text = node.isTextual() ? "'" + node.asText() + "'" : node.toString();
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return shown.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String shortId(byte[] credentialId) {
        String id = Base64Url.encode(credentialId);
        return id.length() > 16 ? id.substring(0, 16) + "…" : id;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
