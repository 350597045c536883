package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.link.NodeLinks;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.round2.SigningPackage;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.protocol.FrostSuites;
import dev.custos.node.job.protocol.Parties;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The coordinator's job engine over the node links: key generation across a wallet's holders, ECDSA presignature
 * pools, and signing with signer-set selection among the connected holders, retries (each a new job with a new
 * session, never reusing one, leaving out a proven culprit), timeouts, and assembly of the final signature (verified
 * under the wallet's key before it is returned), of the signed Ethereum transaction and of finalized PSBTs. The engine
 * is untrusted by design: the nodes check everything it sends them. Wallets and results live in memory; wallets kept
 * elsewhere come back with {@link #register}.
 */
public final class JobEngine implements AutoCloseable {
    private final NodeLinks links;
    private final JobSettings settings;
    private final SigningAuthorizer deriver;
    private final SecureRandom random;
    private static final System.Logger LOG = System.getLogger(JobEngine.class.getName());

    private final JobDispatcher dispatcher;
    private final Map<WalletId, Wallet> wallets = new ConcurrentHashMap<>();
    private final Map<WalletId, PresignaturePool> pools = new ConcurrentHashMap<>();
    private final AtomicLong jobs = new AtomicLong();

    /**
     * An engine over {@code links}; {@code deriver} derives, as the nodes do, what a signing request signs (the engine
     * needs it to build FROST signing packages and to combine ECDSA shares; the nodes never take it from the engine).
     */
    public JobEngine(NodeLinks links, JobSettings settings, SigningAuthorizer deriver, SecureRandom random) {
        this.links = requireNonNull(links, "links is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.deriver = requireNonNull(deriver, "deriver is null");
        this.random = requireNonNull(random, "random is null");
        this.dispatcher = new JobDispatcher(links, settings.timeout(), this::forgetPresignaturesOf);
    }

    /** The wallet {@code id}, if its key generation finished. */
    public Optional<Wallet> wallet(WalletId id) {
        return Optional.ofNullable(wallets.get(id));
    }

    /** How many presignatures of ECDSA wallet {@code id} are ready. */
    public int presignatures(WalletId id) {
        PresignaturePool pool = pool(id);
        return pool == null ? 0 : pool.size();
    }

    /** A key generation for a new wallet among {@code holders} (all connected), with retries. */
    public CompletableFuture<Wallet> generateKey(WalletId id, Scheme scheme, int threshold, List<String> holders) {
        List<String> sorted = List.copyOf(new TreeSet<>(holders));
        return Attempts.run("key generation of " + id, settings.attempts(), (attempt, excluded) -> {
            JobMessage.JobStart start = new JobMessage.JobStart(
                    nextJob(), SessionId.random(random), scheme, id, sorted, threshold, new JobSpec.KeyGeneration());
            RunningJob job = dispatcher.launch(start);
            return settle(job, job.firstPhase().thenApply(outcomes -> {
                Map<String, Outcome.KeyGenerated> generated = Results.expect(outcomes, Outcome.KeyGenerated.class);
                byte[] publicData = generated.values().iterator().next().publicData();
                generated.forEach((node, outcome) -> {
                    if (!Arrays.equals(outcome.publicData(), publicData)) {
                        throw Results.failed(
                                FailureKind.PROTOCOL,
                                Optional.empty(),
                                "the holders report different public keys (" + node + " differs)");
                    }
                });
                Wallet wallet = WalletKeys.wallet(id, scheme, sorted, threshold, publicData);
                wallets.put(id, wallet);
                pools.putIfAbsent(id, new PresignaturePool());
                return wallet;
            }));
        });
    }

    /**
     * Registers a wallet generated earlier (kept across a restart by the server, or read back from the nodes' records).
     * The wallet is rebuilt from its public data as key generation builds it ({@link Wallet#fromPublicData}), so a
     * kept wallet whose key or address does not match its public data is refused. Registering the same wallet again
     * changes nothing; a different wallet under a registered id is refused, so that a stale or altered copy cannot
     * replace the wallet the nodes hold. The nodes still sign only with the shares and records they hold themselves.
     *
     * @return the wallet as registered
     * @throws IllegalArgumentException naming the wallet when its public data does not decode, does not match its
     *     key or address, or another wallet has its id
     */
    public Wallet register(Wallet wallet) {
        requireNonNull(wallet, "wallet is null");
        Wallet rebuilt = Wallet.fromPublicData(
                wallet.id(), wallet.scheme(), wallet.holders(), wallet.threshold(), wallet.publicData());
        if (!Arrays.equals(rebuilt.publicKey(), wallet.publicKey())) {
            throw new IllegalArgumentException("wallet " + wallet.id() + ": its key "
                    + HexFormat.of().formatHex(wallet.publicKey()) + " is not the key of its public data ("
                    + HexFormat.of().formatHex(rebuilt.publicKey()) + ")");
        }
        if (!rebuilt.address().equals(wallet.address())) {
            throw new IllegalArgumentException("wallet " + wallet.id() + ": its address " + wallet.address()
                    + " is not the address of its key (" + rebuilt.address() + ")");
        }
        Wallet registered = wallets.merge(rebuilt.id(), rebuilt, (known, added) -> {
            if (!sameWallet(known, added)) {
                throw new IllegalArgumentException(
                        "wallet " + added.id() + " is registered already as " + known + ", not as " + added);
            }
            return known;
        });
        pools.putIfAbsent(registered.id(), new PresignaturePool());
        return registered;
    }

    private static boolean sameWallet(Wallet a, Wallet b) {
        return a.record().equals(b.record()) && Arrays.equals(a.publicData(), b.publicData());
    }

    /** A node (re)connected: it retired its presignatures when it started, so the pools forget them. */
    private void forgetPresignaturesOf(String node) {
        int forgotten = pools.values().stream()
                .mapToInt(pool -> pool.forgetHeldBy(node))
                .sum();
        if (forgotten > 0) {
            LOG.log(
                    Level.INFO,
                    "forgot {0} presignatures node {1} held part of: it retires them when it starts",
                    forgotten,
                    node);
        }
    }

    /** The presignature pool of a wallet (every wallet the engine knows has one). */
    private PresignaturePool pool(WalletId id) {
        return pools.computeIfAbsent(id, unused -> new PresignaturePool());
    }

    /** Presigns until ECDSA wallet {@code id} has its pool's target of presignatures; the pool's size. */
    public CompletableFuture<Integer> topUp(WalletId id) {
        Wallet wallet = require(id);
        PresignaturePool pool = pool(id);
        if (wallet.scheme() != Scheme.ECDSA_SECP256K1 || pool.size() >= settings.presignaturePool()) {
            return CompletableFuture.completedFuture(pool.size());
        }
        return presign(wallet, Set.of()).thenCompose(entry -> {
            pool.add(entry.info(), entry.signers());
            return topUp(id);
        });
    }

    /**
     * Signs what {@code request}'s payload derives to with wallet {@code id}, with retries. The request id, initiator,
     * approvals and verdict go to every signer as given, in every attempt: enforcing nodes verify them, and a retry of
     * the same request id is not counted twice in their velocity state.
     */
    public CompletableFuture<SigningResult> sign(WalletId id, SignRequest request) {
        Wallet wallet = require(id);
        if (request.presignature().isPresent()) {
            throw new IllegalArgumentException("the engine chooses the presignature");
        }
        return Attempts.run(
                "signing with " + id,
                settings.attempts(),
                (attempt, excluded) -> wallet.scheme() == Scheme.ECDSA_SECP256K1
                        ? signEcdsa(wallet, request, attempt, excluded)
                        : signFrost(wallet, request, attempt, excluded));
    }

    /**
     * Signs every open input of {@code psbt} that spends wallet {@code id}'s own output (Taproot key path for a
     * frost-secp256k1-tr wallet, P2WPKH for an ECDSA wallet; one signing job per input, each forwarding {@code
     * approvals} and {@code verdict}), finalizes them and extracts the transaction when no input is left open.
     */
    public CompletableFuture<SignedPsbt> signPsbt(
            WalletId id,
            byte[] psbt,
            String requestId,
            String initiator,
            List<Approval> approvals,
            Optional<DetectionVerdict> verdict) {
        try {
            return PsbtSigning.sign(
                    require(id), psbt, requestId, initiator, approvals, verdict, request -> sign(id, request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<SigningResult> signEcdsa(
            Wallet wallet, SignRequest request, int attempt, Set<String> excluded) {
        byte[] hash = derive(wallet, request);
        Set<String> usable = SignerSelection.usable(links, wallet, excluded);
        Optional<PresignaturePool.Entry> ready = pool(wallet.id()).take(usable);
        CompletableFuture<PresignaturePool.Entry> presignature =
                ready.map(CompletableFuture::completedFuture).orElseGet(() -> presign(wallet, excluded));
        return presignature.thenCompose(entry -> {
            JobMessage.JobStart start = new JobMessage.JobStart(
                    nextJob(),
                    SessionId.random(random),
                    wallet.scheme(),
                    wallet.id(),
                    entry.signers(),
                    wallet.threshold(),
                    new JobSpec.Sign(request.withPresignature(
                            SessionId.of(entry.info().session().bytes()))));
            RunningJob job = dispatcher.launch(start);
            return settle(
                    job,
                    job.firstPhase()
                            .thenApply(outcomes -> EcdsaAssembly.assemble(
                                    wallet,
                                    WalletKeys.ecdsaKey(wallet),
                                    entry.info(),
                                    hash,
                                    Results.expect(outcomes, Outcome.SignatureShare.class),
                                    request.payload(),
                                    attempt)));
        });
    }

    private CompletableFuture<SigningResult> signFrost(
            Wallet wallet, SignRequest request, int attempt, Set<String> excluded) {
        byte[] message = derive(wallet, request);
        List<String> signers = SignerSelection.choose(links, wallet, excluded);
        Ciphersuite suite = FrostSuites.of(wallet.scheme());
        Parties parties = new Parties(wallet.holders());
        JobMessage.JobStart start = new JobMessage.JobStart(
                nextJob(),
                SessionId.random(random),
                wallet.scheme(),
                wallet.id(),
                signers,
                wallet.threshold(),
                new JobSpec.Sign(request));
        RunningJob job = dispatcher.launch(start);
        return settle(job, job.firstPhase().thenCompose(outcomes -> {
            SigningPackage signingPackage = FrostAssembly.signingPackage(
                    suite, parties, Results.expect(outcomes, Outcome.Commitments.class), message);
            CompletableFuture<Map<String, Outcome>> shares = job.phase();
            byte[] encoded = signingPackage.serialize();
            for (String signer : signers) {
                dispatcher.send(
                        job, signer, new JobMessage.SigningPackageDelivery(start.job(), start.session(), encoded));
            }
            return shares.thenApply(reported -> new SigningResult(
                    wallet.id(),
                    message,
                    FrostAssembly.aggregate(
                                    suite,
                                    parties,
                                    signingPackage,
                                    Results.expect(reported, Outcome.SignatureShare.class),
                                    WalletKeys.frostPublic(wallet))
                            .encode(),
                    Optional.empty(),
                    signers,
                    attempt));
        }));
    }

    private CompletableFuture<PresignaturePool.Entry> presign(Wallet wallet, Set<String> excluded) {
        return Attempts.run("presigning for " + wallet.id(), settings.attempts(), (attempt, more) -> {
            Set<String> left = new TreeSet<>(excluded);
            left.addAll(more);
            List<String> signers = SignerSelection.choose(links, wallet, left);
            JobMessage.JobStart start = new JobMessage.JobStart(
                    nextJob(),
                    SessionId.random(random),
                    wallet.scheme(),
                    wallet.id(),
                    signers,
                    wallet.threshold(),
                    new JobSpec.Presign());
            RunningJob job = dispatcher.launch(start);
            return settle(job, job.firstPhase().thenApply(outcomes -> {
                Map<String, Outcome.Presigned> presigned = Results.expect(outcomes, Outcome.Presigned.class);
                Outcome.Presigned first = presigned.values().iterator().next();
                if (!presigned.values().stream().allMatch(first::equals)) {
                    throw Results.failed(
                            FailureKind.PROTOCOL, Optional.empty(), "the signers report different presignatures");
                }
                Parties parties = new Parties(wallet.holders());
                PresignatureInfo info = new PresignatureInfo(
                        dev.custos.ecdsa.SessionId.of(first.presignature().bytes()),
                        signers.stream().map(parties::ecdsa).toList(),
                        WalletKeys.point(first.nonce()),
                        WalletKeys.ecdsaKey(wallet));
                return new PresignaturePool.Entry(info, signers);
            }));
        });
    }

    /**
     * Delivers a signed policy (the {@code CNSP} encoding, as the admins signed it) to {@code nodes}. Each node
     * verifies it against its own committee's admins and installed version and reports what it did; the engine
     * neither checks nor can change it. Completes when every node answered, was found unreachable, or timed out.
     */
    public CompletableFuture<PolicyDeliveryResult> deliverPolicy(byte[] signedPolicy, Collection<String> nodes) {
        requireNonNull(signedPolicy, "signedPolicy is null");
        Set<String> targets = new TreeSet<>(requireNonNull(nodes, "nodes is null"));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a policy delivery goes to at least one node");
        }
        return dispatcher.policies().deliver(nextDelivery(), signedPolicy, targets);
    }

    /** Closes {@code job} when {@code result} completes, aborting it at the nodes if it failed. */
    private <T> CompletableFuture<T> settle(RunningJob job, CompletableFuture<T> result) {
        return result.whenComplete((value, error) -> {
            if (error != null) {
                job.fail(JobFailure.found(FailureKind.ABORTED, Optional.empty(), String.valueOf(error.getMessage())));
            }
            dispatcher.close(job, error == null ? Optional.empty() : Optional.of("the attempt failed"));
        });
    }

    private byte[] derive(Wallet wallet, SignRequest request) {
        return switch (deriver.authorize(new SigningInput(wallet.record(), request))) {
            case Authorization.Authorized authorized -> authorized.message();
            case Authorization.Refused refused ->
                throw Results.failed(FailureKind.REFUSED, Optional.empty(), "not signable: " + refused.reason());
        };
    }

    private Wallet require(WalletId id) {
        Wallet wallet = wallets.get(requireNonNull(id, "id is null"));
        if (wallet == null) {
            throw new IllegalArgumentException("no wallet " + id);
        }
        return wallet;
    }

    private JobId nextDelivery() {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        return new JobId(
                "policy-" + jobs.incrementAndGet() + "-" + HexFormat.of().formatHex(suffix));
    }

    private JobId nextJob() {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        return new JobId("job-" + jobs.incrementAndGet() + "-" + HexFormat.of().formatHex(suffix));
    }

    /** Stops the engine's timer; jobs in flight are left to time out at the nodes. */
    @Override
    public void close() {
        dispatcher.shutdown();
    }
}
