package dev.custos.server.signing;

import dev.custos.coordinator.job.JobEngine;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The signer nodes as the server drives them: the job engine that runs key generations and signings across them, who
 * they are, who is connected, and how the quorum-signed policy reaches them. {@code custos start-dev} runs three nodes
 * in-process behind mutual TLS; tests run them over in-memory links.
 */
public interface SignerCluster extends AutoCloseable {
    /** The engine that runs jobs on the nodes. */
    JobEngine engine();

    /** Every node of the committee, by name, sorted. */
    List<String> nodeNames();

    /** The nodes connected now. */
    Set<String> connectedNodes();

    /** How many nodes must sign (the threshold new wallets get). */
    int threshold();

    /**
     * Signs {@code policyDocument} with the admin quorum and installs it on every node, as the version it declares.
     *
     * @throws IOException when a node cannot store it
     * @throws IllegalArgumentException when a node refuses it (for example a version that is not above the installed)
     */
    void installPolicy(byte[] policyDocument, long version) throws IOException;

    @Override
    void close() throws IOException;
}
