package dev.custos.exposure.committee;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The nodes that hold a wallet's key shares and how many of them together produce a signature.
 *
 * @param nodes 1 to {@value #MAX_NODES} distinct node names
 * @param threshold how many of them sign, 1 to the number of nodes
 */
public record SigningSet(List<String> nodes, int threshold) {
    /** The most nodes a signing set may have for the exact search (a 64-bit set). */
    public static final int MAX_NODES = 64;

    public SigningSet {
        nodes = List.copyOf(requireNonNull(nodes, "nodes is null"));
        if (nodes.isEmpty() || nodes.size() > MAX_NODES) {
            throw new IllegalArgumentException("a signing set has 1 to " + MAX_NODES + " nodes, got " + nodes.size());
        }
        if (nodes.stream().distinct().count() != nodes.size()) {
            throw new IllegalArgumentException("a signing set names a node twice");
        }
        if (threshold < 1 || threshold > nodes.size()) {
            throw new IllegalArgumentException(
                    "threshold must be 1 to the number of nodes (" + nodes.size() + "), got " + threshold);
        }
    }
}
