/**
 * The server side of the audit log: {@link dev.custos.audit.log.AuditLog} appends entries, signs a checkpoint after
 * each append and gives proofs; {@link dev.custos.audit.log.AuditStore} is where it keeps entries and checkpoints
 * ({@link dev.custos.audit.log.InMemoryAuditStore} for tests), and {@link dev.custos.audit.log.AuditEntries} is the
 * read-only view a verifier needs.
 */
@NullMarked
package dev.custos.audit.log;

import org.jspecify.annotations.NullMarked;
