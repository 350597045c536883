/**
 * The coordinator's relay server: {@link dev.custos.coordinator.relay.TlsRelayServer} implements {@link
 * dev.custos.coordinator.link.NodeLinks} over mutual TLS 1.3, admitting only committee members by their Ed25519
 * identity keys. The wire format is in docs/NODES.md, "Transport".
 */
package dev.custos.coordinator.relay;
