package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.dkg.Dkg;
import dev.custos.frost.dkg.DkgParameters;
import dev.custos.frost.dkg.DkgRound1;
import dev.custos.frost.dkg.DkgRound2;
import dev.custos.frost.dkg.ProofBinding;
import dev.custos.frost.dkg.Round1Package;
import dev.custos.frost.dkg.Round2Package;
import dev.custos.frost.lifecycle.LifecycleOutput;
import dev.custos.node.committee.Committee;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import dev.custos.node.job.store.WalletVault;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A FROST key generation (RFC 9591 Appendix C with Custos' session binding) over two rounds: round 1 broadcasts each
 * node's commitment and proof; round 2 sends each peer its share (direct) and echoes the round-1 broadcasts this node
 * accepted ({@link BroadcastEcho}), so that a node that signed different round-1 packages for different peers is
 * caught and named before any key is accepted. The key package is stored with the wallet's record in one durable write.
 */
public final class FrostKeyGeneration implements RoundProtocol {
    private final ProtocolContext context;
    private final Scheme scheme;
    private final Ciphersuite suite;
    private final WalletId wallet;
    private final WalletVault vault;
    private final Committee committee;
    private final Map<String, byte[]> round1Payloads = new TreeMap<>();
    private Optional<DkgRound1> round1 = Optional.empty();
    private Optional<DkgRound2> round2 = Optional.empty();

    public FrostKeyGeneration(
            ProtocolContext context, Scheme scheme, WalletId wallet, WalletVault vault, Committee committee) {
        this.context = requireNonNull(context, "context is null");
        this.scheme = requireNonNull(scheme, "scheme is null");
        this.suite = FrostSuites.of(scheme);
        this.wallet = requireNonNull(wallet, "wallet is null");
        this.vault = requireNonNull(vault, "vault is null");
        this.committee = requireNonNull(committee, "committee is null");
    }

    @Override
    public int lastRound() {
        return 2;
    }

    @Override
    public Expectation expectation(int round) {
        return round == 1 ? Expectation.BROADCAST : Expectation.BOTH;
    }

    @Override
    public List<Outgoing> begin() {
        List<Identifier> identifiers = context.participants().stream()
                .map(name -> context.parties().frost(suite, name))
                .toList();
        DkgParameters parameters = new DkgParameters(
                suite, context.frostSession(), context.threshold(), identifiers, ProofBinding.CUSTOS_SESSION);
        DkgRound1 state = Dkg.part1(parameters, context.parties().frost(suite, context.self()), context.random());
        round1 = Optional.of(state);
        return List.of(new Outgoing.Broadcast(1, state.round1Package().encode()));
    }

    @Override
    public Step advance(int round, Map<String, Received> received) throws ProtocolFailure {
        try {
            return round == 1 ? commit(received) : finish(received);
        } catch (FrostException e) {
            destroy();
            throw context.parties().failure(suite, e);
        } catch (IOException e) {
            destroy();
            throw new ProtocolFailure(FailureKind.STORAGE, Optional.empty(), "cannot store the key package: " + e, e);
        } catch (ProtocolFailure e) {
            destroy();
            throw e;
        }
    }

    private Step commit(Map<String, Received> received) throws FrostException, ProtocolFailure {
        List<Round1Package> packages = new ArrayList<>();
        for (Received message : received.values()) {
            byte[] payload = message.requireBroadcast();
            round1Payloads.put(message.from(), payload);
            try {
                packages.add(Round1Package.decode(suite, context.parties().frost(suite, message.from()), payload));
            } catch (FrostException e) {
                throw ProtocolFailure.blame(message.from(), "its round-1 package does not decode: " + e.getMessage());
            }
        }
        DkgRound2 next = round1.orElseThrow().part2(packages);
        round1 = Optional.empty();
        round2 = Optional.of(next);
        List<Outgoing> out = new ArrayList<>();
        out.add(new Outgoing.Broadcast(2, BroadcastEcho.encode(received)));
        for (Round2Package outgoing : next.round2Packages().values()) {
            String to = context.parties().name(suite, outgoing.recipient()).orElseThrow();
            out.add(new Outgoing.Direct(2, to, Payloads.secret(outgoing.encode())));
            outgoing.destroy();
        }
        return new Step.Next(out);
    }

    private Step finish(Map<String, Received> received) throws FrostException, ProtocolFailure, IOException {
        for (Received message : received.values()) {
            BroadcastEcho.check(
                    message.from(),
                    message.requireBroadcast(),
                    committee,
                    context.session(),
                    1,
                    context.self(),
                    round1Payloads);
        }
        List<Round2Package> packages = new ArrayList<>();
        for (Received message : received.values()) {
            byte[] bytes = message.requireDirect().copy();
            try {
                packages.add(Round2Package.decode(suite, context.parties().frost(suite, message.from()), bytes));
            } catch (FrostException e) {
                throw ProtocolFailure.blame(message.from(), "its round-2 package does not decode: " + e.getMessage());
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        LifecycleOutput output = round2.orElseThrow().part3(packages);
        round2 = Optional.empty();
        byte[] publicKey = output.publicKeyPackage().verifyingKey().publicKeyBytes();
        vault.putFrost(
                new WalletRecord(wallet, scheme, context.participants(), context.threshold(), publicKey),
                new WalletVault.FrostKeys(output.keyPackage(), output.publicKeyPackage()));
        return new Step.Finished(
                new Outcome.KeyGenerated(output.publicKeyPackage().serialize()));
    }

    @Override
    public void destroy() {
        round1.ifPresent(DkgRound1::destroy);
        round2.ifPresent(DkgRound2::destroy);
        round1 = Optional.empty();
        round2 = Optional.empty();
    }
}
