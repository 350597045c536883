package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.Delivery;
import dev.custos.node.envelope.EnvelopeException;
import dev.custos.node.envelope.EnvelopeInbox;
import dev.custos.node.envelope.EnvelopeSealer;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.protocol.Expectation;
import dev.custos.node.job.protocol.Outgoing;
import dev.custos.node.job.protocol.ProtocolFailure;
import dev.custos.node.job.protocol.Received;
import dev.custos.node.job.protocol.RoundProtocol;
import dev.custos.node.job.protocol.Step;
import dev.custos.types.SecretBytes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One protocol run of one node: its inbox (which checks every envelope), its state machine, and the messages of each
 * round collected until every peer's are in. Driven on the node runtime's thread only. The first failure ends the run,
 * destroys its secrets and yields a {@link Outcome.Failed} naming the culprit where one is proven: the sender for an
 * envelope that proves misbehaviour (equivocation, an undecryptable payload, a message that fails the protocol's
 * checks, a round that does not exist, a sender that takes no part), the coordinator for one it forged, altered,
 * replayed or misrouted.
 */
final class JobSession {
    private final JobMessage.JobStart start;
    private final SessionId protocolSession;
    private final EnvelopeInbox inbox;
    private final EnvelopeSealer sealer;
    private final RoundProtocol protocol;
    private final List<String> peers;
    private final Consumer<byte[]> relay;
    private final Map<Integer, Map<String, Collected>> rounds = new HashMap<>();
    private int round = 1;
    private boolean ended;

    JobSession(
            JobMessage.JobStart start,
            SessionId protocolSession,
            EnvelopeInbox inbox,
            EnvelopeSealer sealer,
            RoundProtocol protocol,
            String self,
            Consumer<byte[]> relay) {
        this.start = requireNonNull(start, "start is null");
        this.protocolSession = requireNonNull(protocolSession, "protocolSession is null");
        this.inbox = requireNonNull(inbox, "inbox is null");
        this.sealer = requireNonNull(sealer, "sealer is null");
        this.protocol = requireNonNull(protocol, "protocol is null");
        this.peers =
                start.participants().stream().filter(name -> !name.equals(self)).toList();
        this.relay = requireNonNull(relay, "relay is null");
    }

    JobMessage.JobStart start() {
        return start;
    }

    /** Sends round 1. */
    void begin() throws ProtocolFailure {
        send(protocol.begin());
    }

    /**
     * Takes one envelope as relayed.
     *
     * @return the run's outcome once it finished; empty while it waits for more
     * @throws ProtocolFailure if the envelope or the round it completes fails a check; the run is over
     */
    Optional<Outcome> receive(byte[] envelope) throws ProtocolFailure {
        if (ended) {
            return Optional.empty();
        }
        try {
            Delivery delivery = inbox.receive(envelope);
            collect(delivery, envelope);
            return advance();
        } catch (EnvelopeException e) {
            throw fail(rejection(e));
        } catch (ProtocolFailure e) {
            throw fail(e);
        }
    }

    /** Ends the run (abort, timeout, shutdown): destroys its secrets. */
    void end() {
        if (!ended) {
            ended = true;
            protocol.destroy();
            rounds.values().forEach(map -> map.values().forEach(Collected::destroy));
            rounds.clear();
        }
    }

    private void collect(Delivery delivery, byte[] envelope) throws ProtocolFailure {
        String from = delivery.from();
        if (!peers.contains(from)) {
            destroy(delivery);
            throw ProtocolFailure.blame(from, "it signed an envelope for a session it takes no part in");
        }
        int number = delivery.round();
        if (number > protocol.lastRound() || number < round) {
            destroy(delivery);
            throw ProtocolFailure.blame(
                    from,
                    "it sent round " + number + ", but this run is at round " + round + " of " + protocol.lastRound());
        }
        Optional<Expectation> expected = protocol.expectation(number, from);
        if (expected.isEmpty()) {
            destroy(delivery);
            throw ProtocolFailure.blame(
                    from, "it sent round " + number + ", in which it has nothing to send this node");
        }
        Expectation expectation = expected.get();
        Collected collected =
                rounds.computeIfAbsent(number, ignored -> new TreeMap<>()).computeIfAbsent(from, Collected::new);
        switch (delivery) {
            case Delivery.Broadcast broadcast -> {
                if (!expectation.broadcast()) {
                    throw ProtocolFailure.blame(from, "round " + number + " has no broadcast, it sent one");
                }
                collected.broadcast = Optional.of(broadcast.payload());
                collected.envelope = Optional.of(envelope.clone());
            }
            case Delivery.Direct direct -> {
                if (!expectation.direct()) {
                    direct.payload().destroy();
                    throw ProtocolFailure.blame(from, "round " + number + " has no direct messages, it sent one");
                }
                collected.direct = Optional.of(direct.payload());
            }
        }
    }

    private Optional<Outcome> advance() throws ProtocolFailure {
        while (complete(round)) {
            Map<String, Collected> collected =
                    Optional.ofNullable(rounds.remove(round)).orElseGet(Map::of);
            Map<String, Received> received = new TreeMap<>();
            collected.forEach((from, messages) -> received.put(from, messages.received()));
            Step step;
            try {
                step = protocol.advance(round, received);
            } finally {
                collected.values().forEach(Collected::destroy);
            }
            round++;
            switch (step) {
                case Step.Next next -> send(next.messages());
                case Step.Finished finished -> {
                    end();
                    return Optional.of(finished.outcome());
                }
            }
        }
        return Optional.empty();
    }

    private boolean complete(int number) {
        if (number > protocol.lastRound()) {
            return false;
        }
        Map<String, Collected> collected = rounds.getOrDefault(number, Map.of());
        for (String peer : peers) {
            Optional<Expectation> expected = protocol.expectation(number, peer);
            if (expected.isEmpty()) {
                continue;
            }
            Collected c = collected.get(peer);
            if (c == null
                    || (expected.get().broadcast() && c.broadcast.isEmpty())
                    || (expected.get().direct() && c.direct.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private void send(List<Outgoing> messages) {
        for (Outgoing message : messages) {
            switch (message) {
                case Outgoing.Broadcast broadcast ->
                    relay.accept(sealer.broadcast(protocolSession, broadcast.round(), broadcast.payload())
                            .encode());
                case Outgoing.Direct direct -> {
                    try {
                        relay.accept(sealer.direct(protocolSession, direct.round(), direct.to(), direct.payload())
                                .encode());
                    } finally {
                        direct.payload().destroy();
                    }
                }
            }
        }
    }

    private ProtocolFailure fail(ProtocolFailure failure) {
        end();
        return failure;
    }

    private static ProtocolFailure rejection(EnvelopeException e) {
        if (e.culprit().isPresent()) {
            return ProtocolFailure.blame(e.culprit().get(), e.getMessage());
        }
        return new ProtocolFailure(FailureKind.TRANSPORT, Optional.of(Outcome.Failed.COORDINATOR), e.getMessage(), e);
    }

    private static void destroy(Delivery delivery) {
        if (delivery instanceof Delivery.Direct direct) {
            direct.payload().destroy();
        }
    }

    /** What one peer sent in one round so far. */
    private static final class Collected {
        private final String from;
        private Optional<byte[]> broadcast = Optional.empty();
        private Optional<byte[]> envelope = Optional.empty();
        private Optional<SecretBytes> direct = Optional.empty();

        Collected(String from) {
            this.from = from;
        }

        Received received() {
            return new Received(from, broadcast, envelope, direct);
        }

        void destroy() {
            direct.ifPresent(SecretBytes::destroy);
        }
    }

    @Override
    public String toString() {
        return "JobSession[" + start.job() + ", round " + round + "]";
    }
}
