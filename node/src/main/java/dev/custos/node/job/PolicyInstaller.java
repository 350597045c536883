package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.PolicyStatus;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.PolicyStore;
import dev.custos.node.policy.SignedPolicy;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * Installs the policies the coordinator delivers (docs/NODES.md, "Policy delivery"): the node decodes each one and
 * installs it through its own {@link PolicyStore}, which checks the admins' signatures against the committee's admin
 * quorum and refuses an older version or another document under the installed version. The coordinator only carries
 * the bytes; it cannot forge a policy or make the node go back to an older one.
 */
public final class PolicyInstaller {
    private static final System.Logger LOG = System.getLogger(PolicyInstaller.class.getName());

    private final String node;
    private final PolicyStore policies;
    private final AdminQuorum admins;

    /** Installs into {@code policies} what a quorum of {@code admins} (the node's committee's) signed. */
    public PolicyInstaller(String node, PolicyStore policies, AdminQuorum admins) {
        this.node = requireNonNull(node, "node is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.admins = requireNonNull(admins, "admins is null");
    }

    /** Handles one delivery; the report says what the node did, and why it refused. */
    public JobMessage.PolicyReport install(JobMessage.PolicyDelivery delivery) {
        requireNonNull(delivery, "delivery is null");
        try {
            boolean changed = policies.install(delivery.signedPolicy(), admins);
            long version = installedVersion();
            if (changed) {
                LOG.log(Level.INFO, "node {0}: installed policy version {1} ({2})", node, version, delivery.delivery());
            }
            return new JobMessage.PolicyReport(
                    delivery.delivery(), changed ? PolicyStatus.INSTALLED : PolicyStatus.UNCHANGED, version, "");
        } catch (PolicyInstallException e) {
            return refused(delivery, e.getMessage());
        } catch (IOException e) {
            return refused(delivery, "STORAGE: the policy could not be stored: " + e.getMessage());
        }
    }

    private JobMessage.PolicyReport refused(JobMessage.PolicyDelivery delivery, String reason) {
        String bounded = reason.length() > Outcome.MAX_REASON_LENGTH
                ? reason.substring(0, Outcome.MAX_REASON_LENGTH - 1) + "…"
                : reason;
        LOG.log(
                Level.WARNING,
                "node {0}: refused the policy of {1}: {2} (installed version stays {3})",
                node,
                delivery.delivery(),
                bounded,
                installedVersion());
        return new JobMessage.PolicyReport(delivery.delivery(), PolicyStatus.REFUSED, installedVersion(), bounded);
    }

    private long installedVersion() {
        return policies.current().map(SignedPolicy::version).orElse(0L);
    }
}
