package dev.custos.cli.node;

import dev.custos.cli.committee.CommitteeFile;
import dev.custos.cli.input.BadInputException;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.committee.CommitteeStore;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.PolicyInstaller;
import dev.custos.node.link.LinkSettings;
import dev.custos.node.link.TlsCoordinatorLink;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.SignedPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code custos node run} runs: the node's committee (installed from {@code --committee} if given), its
 * policy-enforcing authorizer over the quorum-signed policy in its keystore, its job runtime with the job state under
 * its data folder, and its TLS link to the coordinator, exactly as each node of {@code custos start-dev} runs them.
 */
final class RunningNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningNode.class);

    private final SignedCommittee committee;
    private final PolicyAuthorizer authorizer;
    private final NodeRuntime runtime;
    private final TlsCoordinatorLink link;

    private RunningNode(
            SignedCommittee committee, PolicyAuthorizer authorizer, NodeRuntime runtime, TlsCoordinatorLink link) {
        this.committee = committee;
        this.authorizer = authorizer;
        this.runtime = runtime;
        this.link = link;
    }

    /**
     * Installs {@code given} (if present) as the node's committee, opens the node's job state and starts its runtime
     * and link. The keystore stays the caller's to close.
     *
     * @throws BadInputException if the committee file is refused or none is installed, naming the file and why
     */
    static RunningNode start(
            UnlockedNode node, Path data, Optional<Path> committeeFile, LinkSettings settings, Clock clock) {
        SignedCommittee committee = committee(node, data, committeeFile);
        try {
            PolicyAuthorizer authorizer =
                    PolicyAuthorizer.open(node.secrets(), committee.committee().admins(), data, clock);
            NodeStorage storage = NodeStorage.open(node.secrets(), data);
            NodeRuntime runtime = new NodeRuntime(
                    node.keys(),
                    committee.committee(),
                    storage,
                    authorizer,
                    Optional.of(new PolicyInstaller(
                            node.keys().identity().name(),
                            authorizer.policies(),
                            committee.committee().admins())),
                    new SecureRandom());
            TlsCoordinatorLink link = TlsCoordinatorLink.startWith(
                    settings,
                    node.keys(),
                    opened -> {
                        runtime.attach(opened);
                        return runtime;
                    },
                    clock);
            return new RunningNode(committee, authorizer, runtime, link);
        } catch (PolicyInstallException e) {
            throw new IllegalStateException(data + ": the installed policy no longer verifies: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the job state in " + data + ": " + e.getMessage(), e);
        }
    }

    private static SignedCommittee committee(UnlockedNode node, Path data, Optional<Path> committeeFile) {
        NodeIdentity self = node.keys().identity();
        CommitteeStore store;
        try {
            store = CommitteeStore.open(node.secrets());
        } catch (CommitteeException e) {
            throw new IllegalStateException(data + ": the installed committee is damaged: " + e.getMessage(), e);
        }
        if (committeeFile.isPresent()) {
            Path file = committeeFile.get();
            SignedCommittee candidate = CommitteeFile.read(file);
            Optional<NodeIdentity> member = candidate.committee().member(self.name());
            if (member.isEmpty() || !member.get().equals(self)) {
                throw new BadInputException("--committee " + file + ": committee version "
                        + candidate.committee().version() + " does not list this node (" + self.name()
                        + ", fingerprint " + self.fingerprint() + ")"
                        + member.map(other -> "; its member '" + other.name() + "' has other keys (fingerprint "
                                        + other.fingerprint() + ")")
                                .orElse(""));
            }
            try {
                if (store.install(candidate, candidate.committee().admins())) {
                    LOG.info(
                            "installed committee version {} ({} members, admin quorum {} of {}) from {}",
                            candidate.committee().version(),
                            candidate.committee().members().size(),
                            candidate.committee().admins().threshold(),
                            candidate.committee().admins().admins().size(),
                            file);
                }
            } catch (CommitteeException e) {
                throw new BadInputException("--committee " + file + " is refused: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store the committee in " + data + ": " + e.getMessage(), e);
            }
        }
        SignedCommittee installed = store.current()
                .orElseThrow(() -> new BadInputException("no committee is installed in " + data
                        + ": pass --committee FILE (a committee signed by a quorum of its admins,"
                        + " 'custos committee sign')"));
        if (!installed.committee().member(self.name()).equals(Optional.of(self))) {
            throw new IllegalStateException(data + ": the installed committee version "
                    + installed.committee().version() + " does not list this node");
        }
        return installed;
    }

    SignedCommittee committee() {
        return committee;
    }

    /** The version of the policy installed now, 0 if none. */
    long policyVersion() {
        return authorizer.policies().current().map(SignedPolicy::version).orElse(0L);
    }

    /** Stops the link (the coordinator sees the node leave), then the runtime (its secrets destroyed). */
    @Override
    public void close() {
        link.close();
        runtime.close();
    }
}
