package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.Presign;
import dev.custos.ecdsa.presign.PresignRound1;
import dev.custos.ecdsa.presign.PresignRound1Message;
import dev.custos.ecdsa.presign.PresignRound2;
import dev.custos.ecdsa.presign.PresignRound2Message;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.store.PresignatureStore;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One DKLs23 presignature among a signer set, over two rounds of direct envelopes. {@link Presign#start} records the
 * session with the key share before anything is computed; the presignature is saved in the node's encrypted store
 * before the node reports it, so the coordinator can only ever name a presignature that is durable.
 */
public final class EcdsaPresigning implements RoundProtocol {
    private final ProtocolContext context;
    private final KeyShare key;
    private final PresignatureStore store;
    private Optional<PresignRound1> round1 = Optional.empty();
    private Optional<PresignRound2> round2 = Optional.empty();

    public EcdsaPresigning(ProtocolContext context, KeyShare key, PresignatureStore store) {
        this.context = requireNonNull(context, "context is null");
        this.key = requireNonNull(key, "key is null");
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public int lastRound() {
        return 2;
    }

    @Override
    public Expectation expectation(int round) {
        return Expectation.DIRECT;
    }

    @Override
    public List<Outgoing> begin() throws ProtocolFailure {
        try {
            PresignRound1 state =
                    Presign.start(key, context.ecdsaSession(), context.ecdsaParticipants(), context.random());
            round1 = Optional.of(state);
            return Payloads.ecdsaOutgoing(1, state.messages(), context.parties());
        } catch (EcdsaException e) {
            throw context.parties().failure(e);
        }
    }

    @Override
    public Step advance(int round, Map<String, Received> received) throws ProtocolFailure {
        try {
            if (round == 1) {
                PresignRound2 next = round1.orElseThrow()
                        .round2(Payloads.ecdsaDirect(received, PresignRound1Message::decode, context.parties()));
                round1 = Optional.empty();
                round2 = Optional.of(next);
                return new Step.Next(Payloads.ecdsaOutgoing(2, next.messages(), context.parties()));
            }
            Presignature presignature = round2.orElseThrow()
                    .finish(Payloads.ecdsaDirect(received, PresignRound2Message::decode, context.parties()));
            round2 = Optional.empty();
            try {
                store.save(presignature);
                return new Step.Finished(new Outcome.Presigned(
                        SessionId.of(presignature.session().bytes()),
                        presignature.info().nonce().encode()));
            } finally {
                presignature.destroy();
            }
        } catch (EcdsaException e) {
            destroy();
            throw context.parties().failure(e);
        } catch (ProtocolFailure e) {
            destroy();
            throw e;
        }
    }

    @Override
    public void destroy() {
        round1.ifPresent(PresignRound1::destroy);
        round2.ifPresent(PresignRound2::destroy);
        round1 = Optional.empty();
        round2 = Optional.empty();
    }
}
