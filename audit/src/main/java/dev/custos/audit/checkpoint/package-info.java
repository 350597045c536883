/**
 * C2SP tlog-checkpoints: the signed tree head of the audit log. {@link dev.custos.audit.checkpoint.Checkpoint} is the
 * body (origin, size, root); {@link dev.custos.audit.checkpoint.SignedCheckpoint#open} verifies a checkpoint note
 * against the log's key and the nodes' co-signing keys.
 */
@NullMarked
package dev.custos.audit.checkpoint;

import org.jspecify.annotations.NullMarked;
