package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.LifecycleOutput;
import dev.custos.frost.reshare.Reshare;
import dev.custos.frost.reshare.ReshareCommitment;
import dev.custos.frost.reshare.ReshareDealing;
import dev.custos.frost.reshare.ReshareParameters;
import dev.custos.frost.reshare.ReshareSubShare;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.store.WalletVault;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A FROST refresh or resharing (frost's {@code reshare}: each dealer shares its Lagrange-weighted share with a fresh
 * polynomial of the new threshold) over two rounds. Round 1: each dealer broadcasts the old public key package and its
 * commitment, and sends each new holder its sub-share (direct). Every node checks that the dealers sent the same old
 * package, whose group key is the one it expects; a new holder checks its sub-shares and derives its new share, which
 * keeps the group key, and stores it pending; a node that leaves derives the new public key package from the
 * commitments. Round 2: every new holder confirms ({@link ReshareConfirmation}); then the node switches.
 */
public final class FrostResharing implements RoundProtocol {
    private static final int MAX_PART = 1 << 20;

    private final ReshareContext context;
    private final Ciphersuite suite;
    private final WalletVault vault;
    private Optional<byte[]> ownOldPackage = Optional.empty();
    private Optional<byte[]> ownCommitment = Optional.empty();
    private Optional<ReshareSubShare> ownSubShare = Optional.empty();
    private Optional<byte[]> confirmation = Optional.empty();
    private byte[] newPublicData = new byte[0];
    private boolean pending;
    private boolean switched;

    public FrostResharing(ReshareContext context, WalletVault vault) {
        this.context = requireNonNull(context, "context is null");
        this.suite = FrostSuites.of(context.scheme());
        this.vault = requireNonNull(vault, "vault is null");
    }

    @Override
    public int lastRound() {
        return 2;
    }

    @Override
    public Expectation expectation(int round) {
        return Expectation.BROADCAST;
    }

    @Override
    public Optional<Expectation> expectation(int round, String from) {
        if (round == 1) {
            return context.deals(from)
                    ? Optional.of(context.receives() ? Expectation.BOTH : Expectation.BROADCAST)
                    : Optional.empty();
        }
        return context.receives(from) ? Optional.of(Expectation.BROADCAST) : Optional.empty();
    }

    @Override
    public List<Outgoing> begin() throws ProtocolFailure {
        if (!context.deals()) {
            return List.of();
        }
        try {
            WalletVault.FrostKeys keys = vault.frostKeys(context.wallet());
            ReshareParameters parameters = parameters(keys.publicKeyPackage());
            ReshareDealing dealing = Reshare.deal(parameters, keys.keyPackage(), context.random());
            ownOldPackage = Optional.of(keys.publicKeyPackage().serialize());
            ownCommitment = Optional.of(dealing.commitment().encode());
            List<Outgoing> out = new ArrayList<>();
            out.add(new Outgoing.Broadcast(
                    1,
                    new ByteWriter()
                            .bytes(ownOldPackage.get())
                            .bytes(ownCommitment.get())
                            .toByteArray()));
            for (ReshareSubShare subShare : dealing.subShares().values()) {
                String to =
                        context.newHolders().name(suite, subShare.recipient()).orElseThrow();
                if (to.equals(context.self())) {
                    ownSubShare = Optional.of(subShare);
                } else {
                    out.add(new Outgoing.Direct(1, to, Payloads.secret(subShare.encode())));
                    subShare.destroy();
                }
            }
            return out;
        } catch (FrostException e) {
            destroy();
            throw context.oldHolders().failure(suite, e);
        } catch (IOException e) {
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot load the key package: " + e, e);
        }
    }

    @Override
    public Step advance(int round, Map<String, Received> received) throws ProtocolFailure {
        try {
            return round == 1 ? receive(received) : confirm(received);
        } catch (FrostException e) {
            destroy();
            throw (round == 1 ? context.oldHolders() : context.newHolders()).failure(suite, e);
        } catch (IOException e) {
            destroy();
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot store the new share: " + e, e);
        } catch (ProtocolFailure e) {
            destroy();
            throw e;
        }
    }

    private Step receive(Map<String, Received> received) throws FrostException, ProtocolFailure, IOException {
        Map<String, byte[]> oldPackages = new TreeMap<>();
        Map<String, byte[]> commitments = new TreeMap<>();
        ownOldPackage.ifPresent(bytes -> oldPackages.put(context.self(), bytes));
        ownCommitment.ifPresent(bytes -> commitments.put(context.self(), bytes));
        for (Received message : received.values()) {
            ByteReader reader = new ByteReader(message.requireBroadcast(), "dealing");
            try {
                oldPackages.put(message.from(), reader.bytes(MAX_PART, "old public key package"));
                commitments.put(message.from(), reader.bytes(MAX_PART, "commitment"));
                reader.finish();
            } catch (InvalidEncodingException e) {
                throw ProtocolFailure.blame(message.from(), "its dealing does not decode: " + e.getMessage());
            }
        }
        PublicKeyPackage old = OldPublicData.agreed(oldPackages, ownOldPackage, bytes -> {
            PublicKeyPackage decoded = PublicKeyPackage.deserialize(bytes);
            return Arrays.equals(decoded.verifyingKey().publicKeyBytes(), context.publicKey())
                            && decoded.suite() == suite
                            && decoded.verifyingShares().size()
                                    == context.oldHolders().holders().size()
                    ? Optional.of(decoded)
                    : Optional.empty();
        });
        ReshareParameters parameters = parameters(old);
        List<ReshareCommitment> decoded = new ArrayList<>();
        for (Map.Entry<String, byte[]> each : commitments.entrySet()) {
            decoded.add(ReshareCommitment.decode(suite, dealer(each.getKey()), each.getValue()));
        }
        PublicKeyPackage result;
        if (context.receives()) {
            LifecycleOutput output;
            List<ReshareSubShare> subShares = new ArrayList<>();
            ownSubShare.ifPresent(subShares::add);
            ownSubShare = Optional.empty();
            try {
                for (Received message : received.values()) {
                    byte[] bytes = message.requireDirect().copy();
                    try {
                        subShares.add(ReshareSubShare.decode(suite, dealer(message.from()), bytes));
                    } catch (FrostException e) {
                        throw ProtocolFailure.blame(message.from(), "its sub-share does not decode: " + e.getMessage());
                    } finally {
                        Arrays.fill(bytes, (byte) 0);
                    }
                }
                output = Reshare.receive(
                        parameters, context.newHolders().frost(suite, context.self()), decoded, subShares);
            } finally {
                subShares.forEach(ReshareSubShare::destroy);
            }
            try {
                vault.discardPending(context.wallet());
                pending = true;
                vault.putPendingFrost(
                        context.newRecord(), new WalletVault.FrostKeys(output.keyPackage(), output.publicKeyPackage()));
            } finally {
                output.keyPackage().destroy();
            }
            result = output.publicKeyPackage();
        } else {
            result = Reshare.publicKeyPackage(parameters, decoded);
        }
        newPublicData = result.serialize();
        byte[] digest = ReshareConfirmation.digest(context.session(), newPublicData);
        confirmation = Optional.of(digest);
        return new Step.Next(context.receives() ? List.of(new Outgoing.Broadcast(2, digest)) : List.of());
    }

    private Step confirm(Map<String, Received> received) throws ProtocolFailure, IOException {
        ReshareConfirmation.check(received, confirmation);
        context.onConfirmed().apply();
        switched = true;
        return new Step.Finished(new Outcome.KeyGenerated(newPublicData));
    }

    private ReshareParameters parameters(PublicKeyPackage old) {
        return new ReshareParameters(
                dev.custos.frost.SessionId.of(context.session().bytes()),
                old,
                context.dealers().stream().map(this::dealer).toList(),
                context.newHolders().holders().stream()
                        .map(name -> context.newHolders().frost(suite, name))
                        .toList(),
                context.newThreshold());
    }

    private Identifier dealer(String name) {
        return context.oldHolders().frost(suite, name);
    }

    @Override
    public void destroy() {
        ownSubShare.ifPresent(ReshareSubShare::destroy);
        ownSubShare = Optional.empty();
        if (pending && !switched) {
            pending = false;
            PendingShares.discard(vault, context.wallet());
        }
    }
}
