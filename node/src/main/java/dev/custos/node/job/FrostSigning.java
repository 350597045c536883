package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.round1.NonceStore;
import dev.custos.frost.round1.Round1;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.Round2;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.protocol.Parties;
import dev.custos.node.job.protocol.ProtocolFailure;
import dev.custos.node.job.store.FrostNonceVault;
import dev.custos.node.job.store.WalletVault;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * A node's part of a FROST signing, in two steps with the coordinator as the FROST coordinator. {@link #commit}
 * generates fresh nonces, stores them durably (encrypted) and only then returns the commitments. {@link #respond}
 * checks the signing package the coordinator built: exactly the job's signers, this node's own commitments, and the
 * message this node's authorizer derived (never one the coordinator chose); then frost records the nonces used
 * durably, computes the share and wipes them. Whatever happens, the nonces are used at most once and removed.
 */
final class FrostSigning {
    private final SessionId session;
    private final Ciphersuite suite;
    private final WalletVault.FrostKeys keys;
    private final List<Identifier> signers;
    private final byte[] message;
    private final FrostNonceVault vault;
    private final NonceStore used;
    private final Parties parties;
    private Optional<SigningNonces> nonces = Optional.empty();

    FrostSigning(
            SessionId session,
            Ciphersuite suite,
            WalletVault.FrostKeys keys,
            List<Identifier> signers,
            byte[] message,
            FrostNonceVault vault,
            NonceStore used,
            Parties parties) {
        this.session = requireNonNull(session, "session is null");
        this.suite = requireNonNull(suite, "suite is null");
        this.keys = requireNonNull(keys, "keys is null");
        this.signers = List.copyOf(signers);
        this.message = requireNonNull(message, "message is null").clone();
        this.vault = requireNonNull(vault, "vault is null");
        this.used = requireNonNull(used, "used is null");
        this.parties = requireNonNull(parties, "parties is null");
    }

    /** Round one: the commitments, once the nonces behind them are stored. */
    Outcome commit(SecureRandom random) throws ProtocolFailure {
        SigningNonces fresh = Round1.commit(keys.keyPackage(), random);
        try {
            vault.put(session, fresh);
        } catch (IOException | FrostException e) {
            fresh.destroy();
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot store the nonces: " + e, e);
        }
        nonces = Optional.of(fresh);
        return new Outcome.Commitments(fresh.commitments().serialize());
    }

    /** Round two: this node's share for {@code encodedPackage}, after checking it. */
    Outcome respond(byte[] encodedPackage) throws ProtocolFailure {
        SigningNonces current = nonces.orElseThrow(() -> new ProtocolFailure(
                FailureKind.REFUSED,
                Optional.of(Outcome.Failed.COORDINATOR),
                "no commitments were sent for this session"));
        nonces = Optional.empty();
        try {
            SigningPackage signingPackage = decode(encodedPackage);
            if (!signingPackage.identifiers().equals(signers)) {
                throw coordinator("the signing package's signers " + signingPackage.identifiers()
                        + " are not the job's " + signers);
            }
            if (!MessageDigest.isEqual(signingPackage.message(), message)) {
                throw coordinator("the signing package's message is not the one this node derived from the payload");
            }
            SignatureShare share = Round2.sign(signingPackage, current, keys.keyPackage(), used);
            return new Outcome.SignatureShare(share.serialize());
        } catch (FrostException e) {
            throw parties.failure(suite, e);
        } finally {
            current.destroy();
            discardStored();
        }
    }

    /** Ends the run without a share: the nonces are destroyed and removed. */
    void end() {
        nonces.ifPresent(SigningNonces::destroy);
        nonces = Optional.empty();
        discardStored();
    }

    private SigningPackage decode(byte[] encoded) throws ProtocolFailure {
        try {
            SigningPackage signingPackage = SigningPackage.deserialize(encoded);
            if (signingPackage.suite() != suite) {
                throw coordinator("the signing package is for another ciphersuite");
            }
            return signingPackage;
        } catch (FrostException e) {
            throw coordinator("the signing package does not decode: " + e.getMessage());
        }
    }

    private void discardStored() {
        try {
            vault.remove(session);
        } catch (IOException e) {
            // the stored copy is removed at the next start (FrostNonceVault.purge); the nonces are marked used already
        }
    }

    private static ProtocolFailure coordinator(String message) {
        return new ProtocolFailure(FailureKind.TRANSPORT, Optional.of(Outcome.Failed.COORDINATOR), message);
    }
}
