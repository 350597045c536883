package dev.custos.policy.approval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.model.Base64Url;
import dev.custos.policy.model.PasskeyAlgorithm;
import dev.custos.policy.request.PasskeyAssertion;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A software WebAuthn authenticator for tests: a fresh JDK key pair and credential id, and assertions built byte by
 * byte as an authenticator and a browser would build them (authenticator data: RP id hash, flags, counter; client data
 * JSON: type, challenge, origin, crossOrigin).
 */
public final class TestAuthenticator {
    public static final int UP = 0x01;
    public static final int UV = 0x04;
    public static final int AT = 0x40;

    private final byte[] credentialId;
    private final PasskeyAlgorithm algorithm;
    private final KeyPair keyPair;

    private TestAuthenticator(PasskeyAlgorithm algorithm, SecureRandom random) throws GeneralSecurityException {
        this.algorithm = algorithm;
        this.credentialId = new byte[16];
        random.nextBytes(credentialId);
        KeyPairGenerator generator;
        if (algorithm == PasskeyAlgorithm.ES256) {
            generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        } else {
            generator = KeyPairGenerator.getInstance("Ed25519");
        }
        this.keyPair = generator.generateKeyPair();
    }

    public static TestAuthenticator create(PasskeyAlgorithm algorithm) {
        try {
            return new TestAuthenticator(algorithm, new SecureRandom());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    /** The passkey as a policy document lists it. */
    public ObjectNode policyEntry() {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("credential_id", Base64Url.encode(credentialId));
        entry.put("algorithm", algorithm.documentName());
        entry.put(
                "public_key",
                Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded()));
        return entry;
    }

    /** An honest assertion over {@code challenge} for {@code rpId} from {@code origin}, user present and verified. */
    public PasskeyAssertion assertion(byte[] challenge, String rpId, String origin) {
        return sign(authenticatorData(rpId, UP | UV, 0), clientData("webauthn.get", challenge, origin, ""));
    }

    /** Signs {@code authenticatorData || SHA-256(clientDataJson)} as the authenticator does. */
    public PasskeyAssertion sign(byte[] authenticatorData, byte[] clientDataJson) {
        return signWith(credentialId, authenticatorData, clientDataJson);
    }

    /** As {@link #sign}, but claiming another credential id. */
    public PasskeyAssertion signWith(byte[] claimedId, byte[] authenticatorData, byte[] clientDataJson) {
        try {
            Signature signer =
                    Signature.getInstance(algorithm == PasskeyAlgorithm.ES256 ? "SHA256withECDSA" : "Ed25519");
            signer.initSign(keyPair.getPrivate());
            signer.update(authenticatorData);
            signer.update(MessageDigest.getInstance("SHA-256").digest(clientDataJson));
            return new PasskeyAssertion(claimedId, authenticatorData, clientDataJson, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Authenticator data without extensions: SHA-256(rpId), flags, 4-byte big-endian signature counter. */
    public static byte[] authenticatorData(String rpId, int flags, int counter) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(MessageDigest.getInstance("SHA-256").digest(rpId.getBytes(StandardCharsets.UTF_8)));
            out.write(flags);
            out.writeBytes(ByteBuffer.allocate(4).putInt(counter).array());
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Client data JSON as a browser serializes it, with {@code extra} (such as {@code ,"crossOrigin":true}) appended. */
    public static byte[] clientData(String type, byte[] challenge, String origin, String extra) {
        String json = "{\"type\":\"" + type + "\",\"challenge\":\"" + Base64Url.encode(challenge) + "\",\"origin\":\""
                + origin + "\"" + (extra.isEmpty() ? ",\"crossOrigin\":false" : extra) + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
