package dev.custos.server.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A software passkey for tests without a browser: one ES256 credential, with attestation {@code none}, that answers
 * WebAuthn options the way a platform authenticator does and shapes its answers like {@code PublicKeyCredential.toJSON()}.
 * It builds authenticator data and CBOR by hand, byte by byte, after WebAuthn Level 3 §6.1 and RFC 8949.
 */
public final class SoftAuthenticator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private byte[] userHandle = new byte[0];
    private int counter;
    /** Flags to send in assertions: user present (0x01) and user verified (0x04) by default. */
    public int assertionFlags = 0x05;
    /** The origin the client data names. */
    public String origin;

    public SoftAuthenticator(String origin) throws GeneralSecurityException {
        this.origin = origin;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        this.keys = generator.generateKeyPair();
        new java.security.SecureRandom().nextBytes(credentialId);
    }

    public String credentialId() {
        return B64.encodeToString(credentialId);
    }

    /** Answers {@code navigator.credentials.create} options ({@code {"publicKey":{…}}}). */
    public String create(String optionsJson) throws Exception {
        JsonNode options = JSON.readTree(optionsJson).get("publicKey");
        userHandle = DECODE.decode(options.get("user").get("id").asText());
        String rpId = options.get("rp").get("id").asText();
        byte[] clientData =
                clientData("webauthn.create", options.get("challenge").asText());
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.write(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x45); // UP, UV, AT
        authData.write(ByteBuffer.allocate(4).putInt(counter).array());
        authData.write(new byte[16]); // AAGUID
        authData.write(credentialId.length >> 8);
        authData.write(credentialId.length);
        authData.write(credentialId);
        authData.write(coseKey());
        ByteArrayOutputStream attestation = new ByteArrayOutputStream();
        attestation.write(0xa3); // map of 3
        text(attestation, "fmt");
        text(attestation, "none");
        text(attestation, "attStmt");
        attestation.write(0xa0); // empty map
        text(attestation, "authData");
        bytes(attestation, authData.toByteArray());
        ObjectNode response = JSON.createObjectNode();
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("attestationObject", B64.encodeToString(attestation.toByteArray()));
        response.putArray("transports").add("internal");
        return credential(response).toString();
    }

    /** Answers {@code navigator.credentials.get} options ({@code {"publicKey":{…}}}). */
    public String get(String optionsJson) throws Exception {
        JsonNode options = JSON.readTree(optionsJson).get("publicKey");
        return assertion(options.get("rpId").asText(), options.get("challenge").asText());
    }

    /** An assertion over {@code challenge} (base64url) for {@code rpId}, with the next counter. */
    public String assertion(String rpId, String challenge) throws Exception {
        counter++;
        byte[] clientData = clientData("webauthn.get", challenge);
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.write(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(assertionFlags);
        authData.write(ByteBuffer.allocate(4).putInt(counter).array());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(authData.toByteArray());
        signer.update(sha256(clientData));
        ObjectNode response = JSON.createObjectNode();
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("authenticatorData", B64.encodeToString(authData.toByteArray()));
        response.put("signature", B64.encodeToString(signer.sign()));
        response.put("userHandle", B64.encodeToString(userHandle));
        return credential(response).toString();
    }

    private ObjectNode credential(ObjectNode response) {
        ObjectNode credential = JSON.createObjectNode();
        credential.put("id", credentialId());
        credential.put("rawId", credentialId());
        credential.put("type", "public-key");
        credential.set("response", response);
        credential.putObject("clientExtensionResults");
        credential.put("authenticatorAttachment", "platform");
        return credential;
    }

    private byte[] clientData(String type, String challenge) {
        ObjectNode data = JSON.createObjectNode();
        data.put("type", type);
        data.put("challenge", challenge);
        data.put("origin", origin);
        data.put("crossOrigin", false);
        return data.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] coseKey() {
        ECPublicKey key = (ECPublicKey) keys.getPublic();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xa5); // map of 5
        out.write(0x01); // kty
        out.write(0x02); // EC2
        out.write(0x03); // alg
        out.write(0x26); // -7 (ES256)
        out.write(0x20); // crv (-1)
        out.write(0x01); // P-256
        out.write(0x21); // x (-2)
        bytes(out, fixed(key.getW().getAffineX()));
        out.write(0x22); // y (-3)
        bytes(out, fixed(key.getW().getAffineY()));
        return out.toByteArray();
    }

    private static byte[] fixed(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }

    private static void text(ByteArrayOutputStream out, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        header(out, 3, utf8.length);
        out.writeBytes(utf8);
    }

    private static void bytes(ByteArrayOutputStream out, byte[] value) {
        header(out, 2, value.length);
        out.writeBytes(value);
    }

    private static void header(ByteArrayOutputStream out, int major, int length) {
        if (length < 24) {
            out.write(major << 5 | length);
        } else if (length < 256) {
            out.write(major << 5 | 24);
            out.write(length);
        } else {
            out.write(major << 5 | 25);
            out.write(length >> 8);
            out.write(length);
        }
    }

    private static byte[] sha256(byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
