package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AuthenticatorAssertionResponse;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.ClientAssertionExtensionOutputs;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.PublicKeyCredentialParameters;
import com.yubico.webauthn.data.PublicKeyCredentialRequestOptions;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.data.UserVerificationRequirement;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.InvalidSignatureCountException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import java.io.IOException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The server's passkey ceremonies on Yubico's {@link RelyingParty}: enrollment through a one-time link, sign-in with a
 * discoverable credential, and approvals whose challenge is the request's approval digest. User verification is
 * required everywhere; attestation is not asked for (the binding of a passkey to a person is the governed policy
 * change that names it, not the authenticator's make). Signature counters must rise when an authenticator keeps one.
 */
public final class Passkeys {
    private static final long TIMEOUT_MILLIS = 120_000;
    /** The order of NIST P-256, the only curve of ES256. */
    private static final java.math.BigInteger P256_ORDER =
            new java.math.BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

    private final PasskeyStore store;
    private final EnrollmentLinks links;
    private final StoredCredentials credentials;
    private final Supplier<WebOrigin> origin;
    private final Clock clock;
    private final SecureRandom random;
    private final Ceremonies<Enrollment> enrollments;
    private final Ceremonies<AssertionRequest> signIns;

    public Passkeys(
            PasskeyStore store, EnrollmentLinks links, Supplier<WebOrigin> origin, Clock clock, SecureRandom random) {
        this.store = requireNonNull(store, "store is null");
        this.links = requireNonNull(links, "links is null");
        this.origin = requireNonNull(origin, "origin is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.random = requireNonNull(random, "random is null");
        this.credentials = new StoredCredentials(store);
        this.enrollments = new Ceremonies<>(clock, random);
        this.signIns = new Ceremonies<>(clock, random);
    }

    /** The origin the console is served under. */
    public WebOrigin origin() {
        return origin.get();
    }

    /** The passkey store. */
    public PasskeyStore store() {
        return store;
    }

    /**
     * Begins enrolling a passkey with a one-time link's token (the link stays usable until {@link #finishEnrollment}).
     *
     * @throws PasskeyException when the link is unknown, used or expired
     */
    public Ceremony startEnrollment(String token) {
        String person = links.usable(token)
                .orElseThrow(() -> new PasskeyException(
                        "this enrollment link is unknown, used or expired;" + " ask an admin for a new one"));
        ByteArray userHandle = credentials.getUserHandleForUsername(person).orElseGet(this::newUserHandle);
        PublicKeyCredentialCreationOptions options = relyingParty()
                .startRegistration(StartRegistrationOptions.builder()
                        .user(UserIdentity.builder()
                                .name(person)
                                .displayName(person)
                                .id(userHandle)
                                .build())
                        .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                                .residentKey(ResidentKeyRequirement.REQUIRED)
                                .userVerification(UserVerificationRequirement.REQUIRED)
                                .build())
                        .timeout(TIMEOUT_MILLIS)
                        .build());
        String id = enrollments.begin(new Enrollment(token, person, options));
        try {
            return new Ceremony(id, person, options.toCredentialsCreateJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the registration options", e);
        }
    }

    /**
     * Finishes an enrollment: verifies the browser's {@code PublicKeyCredential.toJSON()}, uses up the link and keeps
     * the passkey.
     *
     * @throws PasskeyException naming what did not verify
     */
    public Passkey finishEnrollment(String ceremonyId, String credentialJson) {
        Enrollment enrollment = enrollments
                .take(ceremonyId)
                .orElseThrow(() -> new PasskeyException(
                        "the enrollment was not started here or took too long; start" + " again from the link"));
        RegistrationResult result;
        try {
            result = relyingParty()
                    .finishRegistration(FinishRegistrationOptions.builder()
                            .request(enrollment.options())
                            .response(PublicKeyCredential.parseRegistrationResponseJson(credentialJson))
                            .build());
        } catch (IOException e) {
            throw new PasskeyException("the passkey registration is not a WebAuthn credential: " + e.getMessage(), e);
        } catch (RegistrationFailedException e) {
            throw new PasskeyException("the passkey registration does not verify: " + e.getMessage(), e);
        }
        if (!result.isUserVerified()) {
            throw new PasskeyException(
                    "the authenticator did not verify the user; a passkey with user verification is" + " required");
        }
        KeyForPolicy key = KeyForPolicy.of(result);
        Passkey passkey = new Passkey(
                result.getKeyId().getId().getBase64Url(),
                enrollment.person(),
                enrollment.options().getUser().getId().getBase64Url(),
                result.getPublicKeyCose().getBase64Url(),
                key.spki(),
                key.algorithm(),
                result.getSignatureCount(),
                clock.instant());
        if (links.consume(enrollment.token()).isEmpty()) {
            throw new PasskeyException(
                    "this enrollment link was used or expired meanwhile; ask an admin for a new one");
        }
        if (!store.add(passkey)) {
            throw new PasskeyException("this passkey is enrolled already");
        }
        return passkey;
    }

    /** Begins a sign-in with any enrolled passkey (discoverable credential, user verification required). */
    public Ceremony startSignIn() {
        AssertionRequest request = relyingParty()
                .startAssertion(StartAssertionOptions.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .timeout(TIMEOUT_MILLIS)
                        .build());
        String id = signIns.begin(request);
        return new Ceremony(id, "", credentialsGetJson(request));
    }

    /**
     * Finishes a sign-in and answers the person it proves and the passkey they used.
     *
     * @throws PasskeyException naming what did not verify
     */
    public SignIn finishSignIn(String ceremonyId, String credentialJson) {
        AssertionRequest request = signIns.take(ceremonyId)
                .orElseThrow(
                        () -> new PasskeyException("the sign-in was not started here or took too long; try again"));
        AssertionResult result = finishAssertion(request, credentialJson, "sign-in");
        return new SignIn(
                result.getUsername(), result.getCredential().getCredentialId().getBase64Url());
    }

    /**
     * A verified sign-in: who, and with which passkey.
     *
     * @param person the person's name
     * @param credentialId the passkey's credential id, base64url
     */
    public record SignIn(String person, String credentialId) {
        public SignIn {
            requireNonNull(person, "person is null");
            requireNonNull(credentialId, "credentialId is null");
        }
    }

    /**
     * The options for approving with a passkey: the challenge is the request's 32-byte approval digest, the allowed
     * credentials are {@code person}'s, and user verification is required.
     */
    public String approvalOptions(String person, byte[] digest) {
        return credentialsGetJson(approvalRequest(person, digest));
    }

    /**
     * Verifies an approval assertion by {@code person} over {@code digest} (the browser's {@code toJSON()}).
     *
     * @throws PasskeyException naming what did not verify
     */
    public PasskeyAssertion verifyApproval(String person, byte[] digest, String credentialJson) {
        PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> credential =
                parseAssertion(credentialJson);
        AssertionResult result = finishAssertion(approvalRequest(person, digest), credential, "approval");
        if (!result.getUsername().equals(person)) {
            throw new PasskeyException("the passkey belongs to " + result.getUsername() + ", not to " + person);
        }
        AuthenticatorAssertionResponse response = credential.getResponse();
        return new PasskeyAssertion(
                person,
                credential.getId().getBase64Url(),
                response.getAuthenticatorData().getBase64Url(),
                response.getClientDataJSON().getBase64Url(),
                response.getSignature().getBase64Url());
    }

    private AssertionRequest approvalRequest(String person, byte[] digest) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("an approval digest has 32 bytes, got " + digest.length);
        }
        List<com.yubico.webauthn.data.PublicKeyCredentialDescriptor> allowed = credentials.descriptors(person);
        if (allowed.isEmpty()) {
            throw new PasskeyException(person + " has no passkey enrolled");
        }
        return AssertionRequest.builder()
                .publicKeyCredentialRequestOptions(PublicKeyCredentialRequestOptions.builder()
                        .challenge(new ByteArray(digest))
                        .rpId(origin.get().relyingPartyId())
                        .allowCredentials(allowed)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .timeout(TIMEOUT_MILLIS)
                        .build())
                .username(person)
                .build();
    }

    private AssertionResult finishAssertion(AssertionRequest request, String credentialJson, String what) {
        return finishAssertion(request, parseAssertion(credentialJson), what);
    }

    private AssertionResult finishAssertion(
            AssertionRequest request,
            PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> credential,
            String what) {
        AssertionResult result;
        try {
            result = relyingParty()
                    .finishAssertion(FinishAssertionOptions.builder()
                            .request(request)
                            .response(credential)
                            .build());
        } catch (InvalidSignatureCountException e) {
            throw replayed(what, e);
        } catch (AssertionFailedException e) {
            throw new PasskeyException("the passkey " + what + " does not verify: " + e.getMessage(), e);
        }
        if (!result.isSuccess() || !result.isUserVerified()) {
            throw new PasskeyException("the passkey " + what + " does not verify with user verification");
        }
        long count = result.getSignatureCount();
        if (count > 0
                && !store.advanceSignatureCount(
                        result.getCredential().getCredentialId().getBase64Url(), count)) {
            throw replayed(what, null);
        }
        store.recordUse(result.getCredential().getCredentialId().getBase64Url(), clock.instant());
        return result;
    }

    private static PasskeyException replayed(String what, Exception cause) {
        return new PasskeyException(
                "the passkey " + what + " repeats a signature count already seen: a replayed assertion or a cloned"
                        + " authenticator",
                cause);
    }

    private static PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> parseAssertion(
            String credentialJson) {
        try {
            return PublicKeyCredential.parseAssertionResponseJson(credentialJson);
        } catch (IOException e) {
            throw new PasskeyException("the passkey assertion is not a WebAuthn credential: " + e.getMessage(), e);
        }
    }

    private static String credentialsGetJson(AssertionRequest request) {
        try {
            return request.toCredentialsGetJson();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the assertion options", e);
        }
    }

    private RelyingParty relyingParty() {
        WebOrigin web = origin.get();
        return RelyingParty.builder()
                .identity(RelyingPartyIdentity.builder()
                        .id(web.relyingPartyId())
                        .name("Custos")
                        .build())
                .credentialRepository(credentials)
                .origins(Set.of(web.origin()))
                .preferredPubkeyParams(
                        List.of(PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.EdDSA))
                .allowUntrustedAttestation(true)
                .validateSignatureCounter(true)
                .clock(clock)
                .build();
    }

    private ByteArray newUserHandle() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new ByteArray(bytes);
    }

    /**
     * A ceremony begun: its id (to finish it), the person it is for (empty for sign-in) and the options for
     * {@code navigator.credentials} as JSON ({@code {"publicKey":{…}}}).
     */
    public record Ceremony(String id, String person, String optionsJson) {
        public Ceremony {
            requireNonNull(id, "id is null");
            requireNonNull(person, "person is null");
            requireNonNull(optionsJson, "optionsJson is null");
        }
    }

    private record Enrollment(String token, String person, PublicKeyCredentialCreationOptions options) {}

    /** The public key as a policy names it. */
    private record KeyForPolicy(String algorithm, String spki) {
        static KeyForPolicy of(RegistrationResult result) {
            PublicKey key;
            try {
                key = result.getParsedPublicKey();
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new PasskeyException("the passkey's public key does not read: " + e.getMessage(), e);
            }
            String spki = new ByteArray(key.getEncoded()).getBase64Url();
            if (key instanceof ECPublicKey ec && ec.getParams().getOrder().equals(P256_ORDER)) {
                return new KeyForPolicy("ES256", spki);
            }
            if (key.getAlgorithm().equals("EdDSA") || key.getAlgorithm().equals("Ed25519")) {
                return new KeyForPolicy("EdDSA", spki);
            }
            throw new PasskeyException("the passkey uses " + key.getAlgorithm() + "; Custos accepts ES256 (P-256) and"
                    + " EdDSA (Ed25519) passkeys");
        }
    }

    /** The person a stored passkey belongs to, if any. */
    public Optional<String> owner(String credentialId) {
        return store.find(credentialId).map(Passkey::person);
    }
}
