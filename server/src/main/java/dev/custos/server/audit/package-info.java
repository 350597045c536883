/**
 * The server's audit trail: {@link dev.custos.server.audit.AuditTrail} appends every state change to the RFC 9162
 * log of the {@code audit} module, stored in the server's database, signed with the key that
 * {@link dev.custos.server.audit.AuditKey} keeps in the data folder.
 */
package dev.custos.server.audit;
