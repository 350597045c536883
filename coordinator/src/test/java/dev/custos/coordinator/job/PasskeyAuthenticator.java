package dev.custos.coordinator.job;

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
 * An approver's passkey for the red team: a P-256 key pair made with the JDK, and assertions built byte by byte as an
 * authenticator (authenticator data) and a browser (client data JSON) build them.
 */
final class PasskeyAuthenticator {
    static final int USER_PRESENT = 0x01;
    static final int USER_VERIFIED = 0x04;

    final byte[] credentialId = new byte[32];
    private final KeyPair keyPair;

    PasskeyAuthenticator() throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        random.nextBytes(credentialId);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        keyPair = generator.generateKeyPair();
    }

    /** The passkey entry of a policy document. */
    String policyEntry() {
        return """
                {"credential_id": "%s", "algorithm": "ES256", "public_key": "%s"}""".formatted(
                        base64Url(credentialId),
                        Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded()));
    }

    /** The parts of an assertion over {@code challenge}: authenticator data, client data JSON and the signature. */
    byte[][] assertion(byte[] challenge, String rpId, String origin, int flags) throws GeneralSecurityException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        data.write(flags);
        data.writeBytes(ByteBuffer.allocate(4).putInt(0).array());
        byte[] authenticatorData = data.toByteArray();
        byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + base64Url(challenge) + "\",\"origin\":\""
                        + origin + "\",\"crossOrigin\":false}")
                .getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keyPair.getPrivate());
        signer.update(authenticatorData);
        signer.update(sha256(clientData));
        return new byte[][] {authenticatorData, clientData, signer.sign()};
    }

    private static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
