/**
 * Durable storage of secret state (docs/ECDSA.md, "Presignature store and signing"): {@link
 * dev.custos.ecdsa.store.FilePresignatureStore#open} (single-use presignatures, consumed atomically; the counterpart of
 * frost's {@code FileNonceStore}) and {@link dev.custos.ecdsa.store.FileKeyShareStore} (a key share, its pair states and
 * its used presigning sessions). Every change is locked against other processes and forced to disk before it returns.
 */
package dev.custos.ecdsa.store;
