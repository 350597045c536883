package dev.custos.node.job.message;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import dev.custos.policy.request.ApprovalProof;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.request.PasskeyAssertion;

/**
 * The wire form of an approval's proof in a sign request (docs/NODES.md, "Job messages"): {@code u8} kind, then 1
 * <em>device key</em> {@code raw[64]} Ed25519 signature, or 2 <em>passkey</em> {@code bytes} credential id, {@code
 * bytes} authenticator data, {@code bytes} client data JSON, {@code bytes} signature, each length bounded as {@link
 * PasskeyAssertion} bounds it.
 */
final class ApprovalProofCodec {
    static final int DEVICE_KEY = 1;
    static final int PASSKEY = 2;

    private ApprovalProofCodec() {}

    static void write(ByteWriter writer, ApprovalProof proof) {
        switch (proof) {
            case DeviceSignature signature -> writer.u8(DEVICE_KEY).raw(signature.signature());
            case PasskeyAssertion assertion ->
                writer.u8(PASSKEY)
                        .bytes(assertion.credentialId())
                        .bytes(assertion.authenticatorData())
                        .bytes(assertion.clientDataJson())
                        .bytes(assertion.signature());
        }
    }

    static ApprovalProof read(ByteReader reader, String field) throws InvalidEncodingException {
        int kind = reader.u8(field + " proof kind");
        return switch (kind) {
            case DEVICE_KEY -> new DeviceSignature(reader.raw(DeviceSignature.LENGTH, field + " signature"));
            case PASSKEY -> {
                byte[] credentialId =
                        reader.bytes(PasskeyAssertion.MAX_CREDENTIAL_ID_LENGTH, field + " passkey credential id");
                byte[] authenticatorData = reader.bytes(
                        PasskeyAssertion.MAX_AUTHENTICATOR_DATA_LENGTH, field + " passkey authenticator data");
                byte[] clientData =
                        reader.bytes(PasskeyAssertion.MAX_CLIENT_DATA_LENGTH, field + " passkey client data");
                byte[] signature = reader.bytes(PasskeyAssertion.MAX_SIGNATURE_LENGTH, field + " passkey signature");
                yield JobMessageCodec.checked(
                        reader,
                        field + " passkey",
                        () -> new PasskeyAssertion(credentialId, authenticatorData, clientData, signature));
            }
            default -> throw reader.error(field + " proof kind", kind + " is not 1 (device key) or 2 (passkey)");
        };
    }
}
