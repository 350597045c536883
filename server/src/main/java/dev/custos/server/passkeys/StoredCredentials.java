package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import com.yubico.webauthn.data.exception.Base64UrlException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The passkey store as Yubico's {@link CredentialRepository}: usernames are people's names. */
final class StoredCredentials implements CredentialRepository {
    private final PasskeyStore store;

    StoredCredentials(PasskeyStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String username) {
        return store.forPerson(username).stream()
                .map(passkey -> PublicKeyCredentialDescriptor.builder()
                        .id(bytes(passkey.credentialId()))
                        .build())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public Optional<ByteArray> getUserHandleForUsername(String username) {
        return store.forPerson(username).stream().findFirst().map(passkey -> bytes(passkey.userHandle()));
    }

    @Override
    public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
        return store.forUserHandle(userHandle.getBase64Url()).stream()
                .findFirst()
                .map(Passkey::person);
    }

    @Override
    public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
        return store.find(credentialId.getBase64Url())
                .filter(passkey -> passkey.userHandle().equals(userHandle.getBase64Url()))
                .map(StoredCredentials::registered);
    }

    @Override
    public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
        return store.find(credentialId.getBase64Url()).map(StoredCredentials::registered).stream()
                .collect(Collectors.toSet());
    }

    /** Every passkey of {@code person} as descriptors for {@code allowCredentials}. */
    List<PublicKeyCredentialDescriptor> descriptors(String person) {
        return List.copyOf(getCredentialIdsForUsername(person));
    }

    private static RegisteredCredential registered(Passkey passkey) {
        return RegisteredCredential.builder()
                .credentialId(bytes(passkey.credentialId()))
                .userHandle(bytes(passkey.userHandle()))
                .publicKeyCose(bytes(passkey.publicKeyCose()))
                .signatureCount(passkey.signatureCount())
                .build();
    }

    static ByteArray bytes(String base64Url) {
        try {
            return ByteArray.fromBase64Url(base64Url);
        } catch (Base64UrlException e) {
            throw new IllegalStateException("a stored passkey value is not base64url", e);
        }
    }
}
