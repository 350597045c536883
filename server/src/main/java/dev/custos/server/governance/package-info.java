/**
 * Governed policy changes: proposals of the next policy version, admins' device-key approvals, the stricter-only
 * fast path, the time lock and its cancellation, and activation on the nodes.
 */
package dev.custos.server.governance;
