/** The audit page: the signed checkpoint, entries, and inclusion checked in the browser. */
package dev.custos.server.console.audit;
