/**
 * The server's storage: {@link dev.custos.server.storage.Database} (a pooled SQLite or PostgreSQL database with
 * forward-only Flyway migrations) and the stores built on it, starting with the audit log's
 * {@link dev.custos.server.storage.JdbcAuditStore}. Every store keeps its invariants in one transaction.
 */
package dev.custos.server.storage;
