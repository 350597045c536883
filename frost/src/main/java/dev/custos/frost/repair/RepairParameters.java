package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.transcript.Transcript;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.keys.PublicKeyPackage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The public configuration of one share repair, agreed by the helpers and the participant whose share is lost: the
 * session id of this run, the group's public key package, and the {@link RepairAuthorization} it runs under, which names
 * the participant to repair (in the public key package, not a helper) and the helpers (at least {@code minSigners}
 * holders from the public key package).
 *
 * <p>Every repair message carries {@link #boundSessionId()}, which binds all of these: messages of another run, another
 * authorization, another participant, another helper set or another public key package are rejected with {@code
 * SESSION_MISMATCH}. See {@link RepairAuthorization} for what the caller must have verified before building one.
 */
public record RepairParameters(
        SessionId sessionId, PublicKeyPackage publicKeyPackage, RepairAuthorization authorization) {
    public RepairParameters {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        requireNonNull(authorization, "authorization is null");
        Identifier lost = authorization.lostParticipant();
        if (lost.value().field() != publicKeyPackage.suite().scalarField()) {
            throw new IllegalArgumentException("the authorization's identifiers are not "
                    + publicKeyPackage.suite().name() + " identifiers");
        }
        for (Identifier helper : authorization.helpers()) {
            if (publicKeyPackage.verifyingShare(helper) == null) {
                throw new IllegalArgumentException("helper " + helper + " is not in the public key package");
            }
        }
        if (publicKeyPackage.verifyingShare(lost) == null) {
            throw new IllegalArgumentException(lost + " is not in the public key package");
        }
        if (authorization.helpers().size() < publicKeyPackage.minSigners()) {
            throw new IllegalArgumentException("a repair needs at least minSigners = " + publicKeyPackage.minSigners()
                    + " helpers, got " + authorization.helpers().size());
        }
    }

    public Ciphersuite suite() {
        return publicKeyPackage.suite();
    }

    /** The helpers named by the authorization, sorted. */
    public List<Identifier> helpers() {
        return authorization.helpers();
    }

    /** The participant being repaired, as named by the authorization. */
    public Identifier lostParticipant() {
        return authorization.lostParticipant();
    }

    /**
     * The session id every message of this repair carries: the first 32 bytes of a transcript ({@code
     * custos/frost/repair/session/v1}) of the ciphersuite context string, {@link #sessionId()}, the authorization's
     * request digest, the lost participant, the sorted helpers and the serialized public key package.
     */
    public SessionId boundSessionId() {
        Transcript transcript = Transcript.start("custos/frost/repair/session/v1")
                .append("ciphersuite", suite().contextString().getBytes(StandardCharsets.US_ASCII))
                .append("session", sessionId.toBytes())
                .append("request-digest", authorization.requestDigest())
                .append("lost-participant", lostParticipant().value())
                .append("helper-count", helpers().size());
        for (Identifier helper : helpers()) {
            transcript.append("helper", helper.value());
        }
        transcript.append("public-key-package", publicKeyPackage.serialize());
        return SessionId.of(Arrays.copyOf(transcript.digest(), SessionId.LENGTH));
    }

    /**
     * {@code zeta_i}, the Lagrange coefficient of {@code helper} over the helper set evaluated at the lost participant's
     * identifier: {@code s_lost = sum_i zeta_i * s_i}.
     */
    public Scalar lagrangeCoefficient(Identifier helper) {
        requireNonNull(helper, "helper is null");
        List<Scalar> xs = new ArrayList<>(helpers().size());
        for (Identifier each : helpers()) {
            xs.add(each.value());
        }
        return Lagrange.coefficientAt(lostParticipant().value(), helper.value(), xs);
    }
}
