package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.node.committee.Committee;
import dev.custos.node.envelope.EnvelopeInbox;
import dev.custos.node.envelope.EnvelopeSealer;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.protocol.EcdsaKeyGeneration;
import dev.custos.node.job.protocol.EcdsaPresigning;
import dev.custos.node.job.protocol.EcdsaResharing;
import dev.custos.node.job.protocol.FrostKeyGeneration;
import dev.custos.node.job.protocol.FrostResharing;
import dev.custos.node.job.protocol.FrostSuites;
import dev.custos.node.job.protocol.Parties;
import dev.custos.node.job.protocol.ProtocolContext;
import dev.custos.node.job.protocol.ProtocolFailure;
import dev.custos.node.job.protocol.ReshareContext;
import dev.custos.node.job.protocol.RoundProtocol;
import dev.custos.node.job.store.WalletRecord;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Starts a job on a node: admits it ({@link JobAdmission}), claims its session durably, then builds the run. Key
 * generations and presignings become envelope-driven {@link JobSession}s; an ECDSA signing is answered at once; a FROST
 * signing answers with its commitments and waits for the signing package. Signing jobs first ask the {@link
 * SigningAuthorizer}, and sign only the message it derived.
 */
final class JobStarter {
    private final NodeKeys keys;
    private final Committee committee;
    private final NodeStorage storage;
    private final SigningAuthorizer authorizer;
    private final SecureRandom random;
    private final EnvelopeSealer sealer;
    private final ReshareSettings settings;

    /**
     * What starting a job gave.
     *
     * @param active the run to keep, if the job continues
     * @param outcome what to report now, if anything
     */
    record Started(Optional<ActiveJob> active, Optional<Outcome> outcome) {}

    JobStarter(
            NodeKeys keys,
            Committee committee,
            NodeStorage storage,
            SigningAuthorizer authorizer,
            SecureRandom random,
            EnvelopeSealer sealer,
            ReshareSettings settings) {
        this.settings = settings;
        this.keys = keys;
        this.committee = committee;
        this.storage = storage;
        this.authorizer = authorizer;
        this.random = random;
        this.sealer = sealer;
    }

    Started start(JobMessage.JobStart start, Consumer<JobMessage> send) throws ProtocolFailure {
        String self = keys.identity().name();
        Optional<WalletRecord> record = JobAdmission.admit(start, self, committee, storage.wallets());
        SessionId protocolSession = JobBinding.protocolSession(start);
        Optional<ReshareContext> resharing = Optional.empty();
        if (start.spec() instanceof JobSpec.Refresh || start.spec() instanceof JobSpec.Reshare) {
            if (storage.jobSessions().isClaimed(start.session().bytes())) {
                throw JobAdmission.refused("session " + start.session().toHex()
                        + " was used before: the coordinator replayed a job or reused a session id");
            }
            resharing = Optional.of(
                    ReshareAdmission.admit(start, self, committee, record, storage, settings, protocolSession, random));
        }
        claim(start.session());
        try {
            return switch (start.spec()) {
                case JobSpec.KeyGeneration generation -> {
                    ProtocolContext context = context(start, new Parties(start.participants()), protocolSession);
                    RoundProtocol protocol = start.scheme() == Scheme.ECDSA_SECP256K1
                            ? new EcdsaKeyGeneration(context, start.wallet(), storage.wallets())
                            : new FrostKeyGeneration(
                                    context, start.scheme(), start.wallet(), storage.wallets(), committee);
                    yield run(start, protocolSession, protocol, send);
                }
                case JobSpec.Presign presign -> {
                    WalletRecord wallet = record.orElseThrow();
                    ProtocolContext context = context(start, new Parties(wallet.holders()), protocolSession);
                    yield run(
                            start,
                            protocolSession,
                            new EcdsaPresigning(
                                    context, storage.wallets().ecdsaShare(start.wallet()), storage.presignatures()),
                            send);
                }
                case JobSpec.Sign sign -> sign(start, record.orElseThrow(), sign.request());
                case JobSpec.Refresh refresh -> reshare(start, resharing.orElseThrow(), protocolSession, send);
                case JobSpec.Reshare reshare -> reshare(start, resharing.orElseThrow(), protocolSession, send);
            };
        } catch (IOException e) {
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot load the wallet: " + e, e);
        }
    }

    private Started run(
            JobMessage.JobStart start, SessionId protocolSession, RoundProtocol protocol, Consumer<JobMessage> send)
            throws ProtocolFailure {
        JobSession session = new JobSession(
                start,
                protocolSession,
                new EnvelopeInbox(keys, committee, protocolSession),
                sealer,
                protocol,
                keys.identity().name(),
                envelope -> send.accept(new JobMessage.Relay(envelope)));
        try {
            session.begin();
        } catch (ProtocolFailure | RuntimeException e) {
            session.end();
            throw e;
        }
        return new Started(Optional.of(new ActiveJob(start, Optional.of(session), Optional.empty())), Optional.empty());
    }

    private Started reshare(
            JobMessage.JobStart start, ReshareContext context, SessionId protocolSession, Consumer<JobMessage> send)
            throws ProtocolFailure {
        RoundProtocol protocol = start.scheme() == Scheme.ECDSA_SECP256K1
                ? new EcdsaResharing(context, storage.wallets())
                : new FrostResharing(context, storage.wallets());
        return run(start, protocolSession, protocol, send);
    }

    private Started sign(JobMessage.JobStart start, WalletRecord wallet, SignRequest request)
            throws ProtocolFailure, IOException {
        byte[] message = authorized(wallet, request);
        Parties parties = new Parties(wallet.holders());
        if (start.scheme() == Scheme.ECDSA_SECP256K1) {
            Outcome share = EcdsaSigning.sign(
                    storage.wallets().ecdsaShare(start.wallet()),
                    storage.presignatures(),
                    request.presignature().orElseThrow(),
                    message,
                    parties);
            return new Started(Optional.empty(), Optional.of(share));
        }
        Ciphersuite suite = FrostSuites.of(start.scheme());
        FrostSigning signing = new FrostSigning(
                start.session(),
                suite,
                storage.wallets().frostKeys(start.wallet()),
                start.participants().stream()
                        .map(name -> parties.frost(suite, name))
                        .toList(),
                message,
                storage.nonces(),
                storage.usedNonces(),
                parties);
        Outcome commitments = signing.commit(random);
        return new Started(
                Optional.of(new ActiveJob(start, Optional.empty(), Optional.of(signing))), Optional.of(commitments));
    }

    private byte[] authorized(WalletRecord wallet, SignRequest request) throws ProtocolFailure {
        Authorization decision;
        try {
            decision = authorizer.authorize(new SigningInput(wallet, request));
        } catch (RuntimeException e) {
            decision = new Authorization.Refused("the authorizer failed: " + e);
        }
        return switch (decision) {
            case Authorization.Authorized authorized -> authorized.message();
            case Authorization.Refused refused ->
                throw new ProtocolFailure(
                        FailureKind.REFUSED, Optional.empty(), "the authorizer refused: " + refused.reason());
        };
    }

    private void claim(dev.custos.node.envelope.SessionId session) throws ProtocolFailure {
        try {
            if (!storage.jobSessions().claim(session.bytes())) {
                throw JobAdmission.refused("session " + session.toHex()
                        + " was used before: the coordinator replayed a job or reused a session id");
            }
        } catch (IOException e) {
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot record the session: " + e, e);
        }
    }

    private ProtocolContext context(JobMessage.JobStart start, Parties parties, SessionId protocolSession) {
        return new ProtocolContext(
                keys.identity().name(), parties, start.participants(), start.threshold(), protocolSession, random);
    }

    @Override
    public String toString() {
        return "JobStarter[" + requireNonNull(keys.identity().name()) + "]";
    }
}
